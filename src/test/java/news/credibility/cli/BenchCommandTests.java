package news.credibility.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.extract.BratWriter;

/** The bench command's options and report; its figures are not asserted (timing is not a test). */
class BenchCommandTests {

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                EngineFactory.standard(), BratWriter::write).run(args);
    }

    @Test
    void benchOnTheSeedsReportsStartUpThroughputAndTheScoringShare() {
        int code = run("bench", "--rounds", "2", "seeds");

        String out = stdout.toString(StandardCharsets.UTF_8);
        assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out).contains("engine ready").contains("first article scored")
                .contains("2 article(s), ").contains("2 rounds after 5 warm-up")
                .containsPattern("scoring [0-9.]+ ms = [0-9.]+% of the pipeline")
                .containsPattern("[0-9.]+ articles/s, [0-9]+ claims/s, [0-9]+ tokens/s")
                .containsPattern("rule set [0-9a-f]{12}");
    }

    @Test
    void roundsMustBeAPositiveWholeNumber() {
        assertThat(run("bench", "--rounds", "many")).isEqualTo(Cli.USAGE);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--rounds needs a whole number");
        assertThat(run("bench", "--rounds", "0")).isEqualTo(Cli.USAGE);
        assertThat(run("bench", "--rounds")).isEqualTo(Cli.USAGE);
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("bench", "--fast")).isEqualTo(Cli.USAGE);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("unknown bench option --fast");
    }

    @Test
    void aMissingFolderIsAnInputProblem(@TempDir Path dir) {
        assertThat(run("bench", dir.resolve("nope").toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("no such file or folder");
    }
}
