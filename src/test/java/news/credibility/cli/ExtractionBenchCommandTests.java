package news.credibility.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench-extract}: options, bad input, and one short run on a tiny folder (figures present, not their values). */
class ExtractionBenchCommandTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                rules -> {
                    throw new AssertionError("extraction needs no scoring engine");
                }, r -> "").run(args);
    }

    @Test
    void optionsHaveDefaultsAndAreChecked() throws UsageException {
        ExtractionBenchCommand.Options defaults = ExtractionBenchCommand.Options.parse(List.of());
        assertThat(defaults.folders()).containsExactly(Path.of("..", "shared", "corpora", "polnear", "dev"));
        assertThat(defaults.rounds()).isEqualTo(10);
        assertThat(defaults.linearity()).isTrue();
        assertThat(ExtractionBenchCommand.Options.parse(List.of("--rounds", "3", "--no-linearity", "a", "b")))
                .isEqualTo(new ExtractionBenchCommand.Options(3, Path.of("rules"), false, List.of(Path.of("a"), Path.of("b"))));

        assertThatThrownBy(() -> ExtractionBenchCommand.Options.parse(List.of("--rounds", "0"))).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> ExtractionBenchCommand.Options.parse(List.of("--rounds"))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> ExtractionBenchCommand.Options.parse(List.of("--fast"))).hasMessageContaining("unknown bench-extract option --fast");
        assertThat(run("bench-extract", "--rounds", "x")).isEqualTo(Cli.USAGE);
    }

    @Test
    void missingFolderSaysWhatIsExpected() {
        assertThat(run("bench-extract", dir.resolve("nowhere").toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("nowhere: no such folder; give a folder of .txt articles or a PolNeAR-layout folder");
    }

    @Test
    void folderWithoutArticlesSaysWhatIsExpected() throws IOException {
        Files.writeString(dir.resolve("notes.md"), "not an article");
        assertThat(run("bench-extract", dir.toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("has no .txt files");
    }

    @Test
    void shortRunPrintsSpeedFloorAndHeap() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("corpus/text"));
        Files.writeString(texts.resolve("a.txt"), "The minister said that the talks failed.\n\nOfficials told reporters the bridge will open in May.\n");

        assertThat(run("bench-extract", "--rounds", "1", "--no-linearity", dir.resolve("corpus").toString()))
                .as(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);

        String out = stdout.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("1 articles, 18 tokens").containsPattern("extraction .*: \\d+ ms a round, \\d+ tokens/s, [\\d.]+ articles/s")
                .containsPattern("OpenNLP floor .*\\d+ tokens/s").contains("extraction / floor: ")
                .contains("by the thread's CPU time").contains("retained per article read").doesNotContain("linearity:");
    }
}
