package news.credibility.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus named over HTTP never reaches outside the corpora root. */
class CorpusFoldersTests {

    @TempDir
    Path dir;

    CorpusFolders corpora;

    @BeforeEach
    void root() throws Exception {
        Files.createDirectories(dir.resolve("root/polnear/dev"));
        Files.createDirectories(dir.resolve("secret"));
        corpora = new CorpusFolders(dir.resolve("seeds"), dir.resolve("root"));
    }

    @Test
    void seedsByDefaultAndFoldersUnderTheRoot() throws Exception {
        assertThat(corpora.resolve(null)).isEqualTo(dir.resolve("seeds"));
        assertThat(corpora.resolve("seeds")).isEqualTo(dir.resolve("seeds"));
        assertThat(corpora.resolve("polnear/dev")).isEqualTo(dir.resolve("root").toRealPath().resolve("polnear/dev"));
    }

    @Test
    void namesThatEscapeTheRootAreRefused() throws Exception {
        Files.createSymbolicLink(dir.resolve("root/link"), dir.resolve("secret"));
        for (String name : new String[] {"../secret", "polnear/../../secret", dir.resolve("secret").toString(), "link", "missing"}) {
            assertThatThrownBy(() -> corpora.resolve(name)).as(name).isInstanceOfSatisfying(WorkbenchInputException.class, e -> {
                assertThat(e.field()).isEqualTo("corpus");
                assertThat(e.getMessage()).contains("is not a folder under the corpora root");
            });
        }
    }

    @Test
    void withoutARootOnlyTheSeedsCanBeNamed() {
        CorpusFolders none = new CorpusFolders(dir.resolve("seeds"), dir.resolve("no-root"));
        assertThatThrownBy(() -> none.resolve("polnear")).hasMessageContaining("no corpora root");
    }
}
