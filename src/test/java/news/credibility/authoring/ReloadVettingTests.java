package news.credibility.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.score.ReloadResult;
import news.credibility.score.RuleEngine;

/** A live reload runs the checks and the cases first: any failure and nothing changes, with the reason. */
class ReloadVettingTests {

    @TempDir
    Path dir;

    Path rules;
    RuleEngine engine;
    String live;

    @BeforeEach
    void gatedEngine() throws Exception {
        rules = Workbench.copy(Workbench.RULES, dir.resolve("rules"));
        engine = RuleEngine.load(rules);
        engine.gateReloadsWith(new ReloadVetting(Workbench.reader()));
        live = engine.current().version();
    }

    private void refused(ReloadResult result) {
        assertThat(result.success()).isFalse();
        assertThat(result.liveVersion()).isEqualTo(live).isEqualTo(result.previousVersion());
        assertThat(engine.current().version()).isEqualTo(live);
    }

    @Test
    void rulesThatPassChecksAndCasesGoLive() throws Exception {
        Path hedging = rules.resolve("hedging.drl");
        Files.writeString(hedging, Files.readString(hedging).replace("@weight(-5)", "@weight(-6)"));

        ReloadResult result = engine.reload();

        assertThat(result.success()).as(result.problems().toString()).isTrue();
        assertThat(result.liveVersion()).isNotEqualTo(live).isEqualTo(engine.current().version());
    }

    @Test
    void aFailingCaseKeepsTheOldRulesAndNamesTheCase() throws Exception {
        Path hedging = rules.resolve("hedging.drl");
        // the cases expect an unnamed, hedged claim to score 24 or less: a milder hedge breaks them
        Files.writeString(hedging, Files.readString(hedging).replace("@weight(-10)", "@weight(-1)"));

        ReloadResult result = engine.reload();

        refused(result);
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).startsWith("tests/").endsWith(".yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("case \"").contains(" fails for claim ");
        });
    }

    @Test
    void aCheckErrorKeepsTheOldRules() throws Exception {
        Files.copy(Workbench.FIXTURES.resolve("check/never-fires-enum/broken.drl"), rules.resolve("broken.drl"));

        ReloadResult result = engine.reload();

        refused(result);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.drl");
            assertThat(p.rule()).isEqualTo("Reported without a source");
            assertThat(p.message()).startsWith("can never fire");
        });
    }

    @Test
    void aCaseFileThatDoesNotParseKeepsTheOldRules() throws Exception {
        Files.writeString(rules.resolve("tests/broken.yaml"), "- name: [unclosed\n");

        ReloadResult result = engine.reload();

        refused(result);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("tests/broken.yaml"));
    }

    @Test
    void aLexiconConflictKeepsTheOldRules() throws Exception {
        Files.writeString(rules.resolve("lexicons/confirmation.txt"), "confirmed\ndenied\n");

        ReloadResult result = engine.reload();

        refused(result);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.message()).contains("'denied' is also in denial-verbs.txt"));
    }

    @Test
    void aMissingOrEmptyRulesFolderKeepsTheOldRulesAndNamesTheFolder() throws Exception {
        Path moved = Files.move(rules, dir.resolve("moved"));
        ReloadResult missing = engine.reload();
        refused(missing);
        assertThat(missing.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("does not exist or is not a folder"));

        Files.createDirectories(rules);
        ReloadResult empty = engine.reload();
        refused(empty);
        assertThat(empty.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("holds no .drl files"));
        assertThat(moved).isDirectory();
    }

    @Test
    void aLexiconOrACaseFileWithABrokenEncodingKeepsTheOldRulesAndNamesTheFile() throws Exception {
        Files.write(rules.resolve("lexicons/hedges.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        ReloadResult lexicon = engine.reload();
        refused(lexicon);
        assertThat(lexicon.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("lexicons/hedges.txt");
            assertThat(p.message()).contains("not UTF-8");
        });

        Files.copy(Workbench.RULES.resolve("lexicons/hedges.txt"), rules.resolve("lexicons/hedges.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(rules.resolve("tests/latin1.yaml"), new byte[] {'-', ' ', 'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        ReloadResult cases = engine.reload();
        refused(cases);
        assertThat(cases.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("tests/latin1.yaml");
            assertThat(p.message()).contains("not valid UTF-8", "byte offset 8");
        });
    }

    @Test
    void aTestsFolderThatIsAFileKeepsTheOldRules() throws Exception {
        try (var files = Files.list(rules.resolve("tests"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(rules.resolve("tests"));
        Files.writeString(rules.resolve("tests"), "not a folder\n");
        ReloadResult result = engine.reload();
        refused(result);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("is a file"));
    }

    @Test
    void anUnreadableRuleFileKeepsTheOldRulesAndNamesTheFile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path hedging = rules.resolve("hedging.drl");
        Files.setPosixFilePermissions(hedging, java.util.Set.of());
        ReloadResult result = engine.reload();
        refused(result);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.message()).contains("hedging.drl"));
    }
}
