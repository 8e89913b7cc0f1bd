package news.credibility.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline from a folder or from a git revision of the rules folder, and every way that can fail. */
class BaselineRulesTests {

    @TempDir
    Path dir;

    private void git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=t", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void aFolderIsTakenAsItIsAndLeftAlone() throws Exception {
        try (BaselineRules b = BaselineRules.resolve(Workbench.RULES.toString(), Workbench.RULES)) {
            assertThat(b.folder()).isEqualTo(Workbench.RULES);
            assertThat(b.temporary()).isFalse();
        }
        assertThat(Workbench.RULES).isDirectory();
    }

    @Test
    void aGitRevisionIsMaterialisedIntoATemporaryFolderAndRemovedAfter() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "-q");
        Path rules = Workbench.copy(Workbench.RULES, repo.resolve("rules"));
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "rules");
        String committed = Files.readString(rules.resolve("hedging.drl"));
        Files.writeString(rules.resolve("hedging.drl"), committed.replace("@weight(-10)", "@weight(-20)"));

        Path materialised;
        try (BaselineRules b = BaselineRules.resolve("HEAD", rules)) {
            materialised = b.folder();
            assertThat(b.temporary()).isTrue();
            assertThat(b.label()).startsWith("rules/ (git HEAD, ");
            assertThat(Files.readString(materialised.resolve("hedging.drl"))).isEqualTo(committed);
            assertThat(materialised.resolve("lexicons/hedges.txt")).exists();
            assertThat(materialised.resolve("tests/hedging.yaml")).exists();
        }
        assertThat(materialised).doesNotExist();
    }

    @Test
    void anUnknownRevisionOrAFolderOutsideGitIsAClearError() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "-q");
        Path rules = Workbench.copy(Workbench.RULES, repo.resolve("rules"));
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "rules");

        assertThatThrownBy(() -> BaselineRules.resolve("no-such-branch", rules)).isInstanceOf(BaselineRules.BaselineException.class)
                .hasMessageContaining("'no-such-branch' is neither a folder nor a git revision");

        Path outside = Workbench.copy(Workbench.RULES, dir.resolve("outside/rules"));
        assertThatThrownBy(() -> BaselineRules.resolve("HEAD", outside)).isInstanceOf(BaselineRules.BaselineException.class)
                .hasMessageContaining("is not in a git repository");
    }

    @Test
    void aRevisionWithoutTheRulesFolderSaysSo() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("README"), "x\n");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "before the rules");
        Path rules = Workbench.copy(Workbench.RULES, repo.resolve("rules"));
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "rules");

        assertThatThrownBy(() -> BaselineRules.resolve("HEAD~1", rules)).isInstanceOf(BaselineRules.BaselineException.class)
                .hasMessageContaining("has no rules/");
    }

    @Test
    void aMissingCandidateFolderIsNamed() {
        assertThatThrownBy(() -> BaselineRules.resolve("HEAD", dir.resolve("nowhere"))).isInstanceOf(BaselineRules.BaselineException.class)
                .hasMessageContaining("does not exist");
    }

}
