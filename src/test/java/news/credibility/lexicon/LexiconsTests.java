package news.credibility.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconsTests {

    @Test
    void readsEntriesAttributesAndCommentsCaseInsensitively(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cues.txt"), "# reporting verbs\nSaid\tlemma=say\tpos=VERB\n\naccording   to  # phrase\n");
        Lexicons lexicons = Lexicons.load(dir);

        Lexicon cues = lexicons.get("cues");
        assertThat(cues.words()).containsExactlyInAnyOrder("said", "according to");
        assertThat(cues.contains("SAID")).isTrue();
        assertThat(cues.attribute("said", "lemma")).isEqualTo("say");
        assertThat(cues.phrases().get(0)).containsExactly("according", "to");
        assertThat(lexicons.get("missing").words()).isEmpty();
    }

    @Test
    void duplicateEntryNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hedges.txt"), "reportedly\nallegedly\nReportedly\n");
        assertThatThrownBy(() -> Lexicons.load(dir))
                .isInstanceOf(LexiconException.class)
                .hasMessageContaining("hedges.txt:3")
                .hasMessageContaining("duplicate entry 'reportedly'");
    }

    @Test
    void malformedAttributeNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cues.txt"), "said\tlemma\n");
        assertThatThrownBy(() -> Lexicons.load(dir)).hasMessageContaining("cues.txt:1").hasMessageContaining("key=value");
    }

    @Test
    void nonUtf8FileIsRefused(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xff, (byte) 0xfe, '\n'});
        assertThatThrownBy(() -> Lexicons.load(dir)).hasMessageContaining("bad.txt").hasMessageContaining("not UTF-8");
    }

    @Test
    void missingFolderIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> Lexicons.load(dir.resolve("nope"))).hasMessageContaining("does not exist");
    }

    @Test
    void fileWithOnlyCommentsIsAnEmptyLexicon(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "# nothing yet\n", StandardCharsets.UTF_8);
        assertThat(Lexicons.load(dir).get("empty").words()).isEmpty();
    }
}
