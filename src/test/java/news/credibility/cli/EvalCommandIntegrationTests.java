package news.credibility.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.eval.AttributionScorer;
import news.credibility.eval.GoldCorpus;
import news.credibility.extract.BratWriter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code eval} end to end through the command line: the real reader and the project's lexicons on a tiny gold folder. */
class EvalCommandIntegrationTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                rules -> {
                    throw new AssertionError("eval needs no scoring engine");
                }, BratWriter::write).run(args);
    }

    @Test
    void evalReadsEveryTextWritesBratAndPrintsTheFigures() throws IOException {
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
        Files.writeString(gold.resolve("text/a.txt"), EvalCommandTests.TEXT);
        Files.writeString(gold.resolve("attributions/a_ann1.ann"), EvalCommandTests.ANN);
        String b = "The bridge will open in May, the mayor told reporters on Friday.\n";
        Files.writeString(gold.resolve("text/b.txt"), b);
        Files.writeString(gold.resolve("attributions/b_x.ann"), """
                T1\tContent 0 27\tThe bridge will open in May
                T2\tSource 29 38\tthe mayor
                T3\tCue 39 43\ttold
                E1\tAttribution:T3 Cue:T3 Source:T2 Content:T1
                """);
        Path out = dir.resolve("pred");

        assertThat(run("eval", "--json", "--out", out.toString(), gold.toString())).as(stderr.toString()).isEqualTo(Cli.OK);

        assertThat(out.resolve("a.ann")).exists();
        assertThat(out.resolve("b.ann")).exists();
        String printed = stdout.toString(StandardCharsets.UTF_8).strip();
        String scored = AttributionScorer.score(GoldCorpus.open(gold), out).toJson();
        assertThat(printed).startsWith(scored.substring(0, scored.length() - 1)).contains("\"extraction\": {\"articles\": 2, \"tokens\": ");
        JsonNode json = JsonMapper.builder().build().readTree(printed);
        assertThat(json.get("docs").asInt()).isEqualTo(2);
        assertThat(json.get("docs_without_prediction").asInt()).isZero();
        assertThat(json.get("cue").get("r").asDouble()).as("both cues are plain reporting verbs").isEqualTo(1.0);
        assertThat(json.get("extraction").get("tokens_per_s").asDouble()).isPositive();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("predictions written to " + out);
    }

    @Test
    void withoutOutThePredictionsGoToATemporaryFolderThatIsPrinted() throws IOException {
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
        Files.writeString(gold.resolve("text/a.txt"), EvalCommandTests.TEXT);
        Files.writeString(gold.resolve("attributions/a_ann1.ann"), EvalCommandTests.ANN);

        assertThat(run("eval", gold.toString())).isEqualTo(Cli.OK);

        String out = stdout.toString(StandardCharsets.UTF_8);
        String folder = out.lines().filter(l -> l.startsWith("predictions ")).findFirst().orElseThrow()
                .substring("predictions ".length()).replace(" (written by the engine)", "");
        assertThat(Path.of(folder).resolve("a.ann")).exists();
        assertThat(out).contains("cue F1 ").contains("extraction: 1 articles").contains("tokens/s");
    }
}
