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

import news.credibility.eval.AttributionScorer;
import news.credibility.eval.GoldCorpus;
import news.credibility.extract.BratWriter;

/** {@code eval}: its options, every bad input, and scoring predictions already written ({@code --pred}), without the engine. */
class EvalCommandTests {

    static final String TEXT = "The minister said that the talks failed.\n";
    static final String ANN = """
            T1\tSource 0 12\tThe minister
            T2\tCue 13 17\tsaid
            T3\tContent 18 39\tthat the talks failed
            E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3
            """;

    @TempDir
    Path dir;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        Cli cli = new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                rules -> {
                    throw new AssertionError("eval needs no scoring engine");
                }, BratWriter::write);
        return cli.run(args);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    /** A gold folder with one article and its annotation, and predictions equal to the gold. */
    private Path gold() throws IOException {
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
        Files.writeString(gold.resolve("text/a.txt"), TEXT);
        Files.writeString(gold.resolve("attributions/a_ann1.ann"), ANN);
        Files.createDirectories(dir.resolve("pred"));
        Files.writeString(dir.resolve("pred/a.ann"), ANN);
        return gold;
    }

    @Test
    void optionsAreParsedInEitherForm() throws UsageException {
        EvalOptions o = EvalOptions.parse(List.of("--out=o", "--rules", "r", "--json", "g"));
        assertThat(o).isEqualTo(new EvalOptions(Path.of("g"), Path.of("o"), null, Path.of("r"), true, false));
        assertThat(EvalOptions.parse(List.of("g", "--pred", "p")).pred()).isEqualTo(Path.of("p"));
        assertThat(EvalOptions.parse(List.of("g")).rules()).as("rules by default").isEqualTo(Path.of("rules"));
        assertThat(EvalOptions.parse(List.of("--help")).help()).isTrue();
    }

    @Test
    void commandLineMistakesAreExplained() {
        assertThatThrownBy(() -> EvalOptions.parse(List.of())).hasMessageContaining("eval needs GOLD_DIR: a PolNeAR-layout folder");
        assertThatThrownBy(() -> EvalOptions.parse(List.of("a", "b"))).hasMessageContaining("one GOLD_DIR");
        assertThatThrownBy(() -> EvalOptions.parse(List.of("--bogus", "g"))).hasMessageContaining("unknown eval option '--bogus'");
        assertThatThrownBy(() -> EvalOptions.parse(List.of("g", "--out"))).hasMessageContaining("--out needs a folder");
        assertThatThrownBy(() -> EvalOptions.parse(List.of("g", "--out", "o", "--pred", "p"))).hasMessageContaining("not both");

        assertThat(run("eval", "--bogus", "g")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("error: unknown eval option '--bogus'").contains("Usage:");
    }

    @Test
    void missingGoldFolderSaysWhatIsExpected() {
        assertThat(run("eval", "--pred", dir.toString(), dir.resolve("nowhere").toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains("nowhere: no such folder; give a PolNeAR-layout folder: text/<stem>.txt and attributions/<stem>_<annotator>.ann")
                .doesNotContain("Exception");
    }

    @Test
    void folderNotInPolnearLayoutSaysWhatIsExpected() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("plain")).resolve("a.txt"), TEXT);

        assertThat(run("eval", "--pred", dir.toString(), dir.resolve("plain").toString())).isEqualTo(Cli.INPUT_PROBLEM);

        assertThat(err()).contains("plain: has no text/ subfolder; expected a PolNeAR-layout folder: text/<stem>.txt and attributions/");
    }

    @Test
    void annotationWithoutItsTextIsNamed() throws IOException {
        Path gold = gold();
        Files.writeString(gold.resolve("attributions/b_ann1.ann"), ANN);

        assertThat(run("eval", "--pred", dir.resolve("pred").toString(), gold.toString())).isEqualTo(Cli.INPUT_PROBLEM);

        assertThat(err()).contains("attributions/b_ann1.ann has no text/b.txt");
    }

    @Test
    void malformedAnnotationLineIsNamedWithFileAndLine() throws IOException {
        Path gold = gold();
        Files.writeString(dir.resolve("pred/a.ann"), "T1\tCue 13 x\tsaid\n");

        assertThat(run("eval", "--pred", dir.resolve("pred").toString(), gold.toString())).isEqualTo(Cli.INPUT_PROBLEM);

        assertThat(err()).contains("a.ann line 1: offset 'x' is not a whole number");
    }

    @Test
    void missingPredictionFolderIsAnInputProblem() throws IOException {
        assertThat(run("eval", "--pred", dir.resolve("none").toString(), gold().toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains("--pred").contains("is not a folder");
    }

    @Test
    void missingLexiconsAreExplained() throws IOException {
        assertThat(run("eval", "--rules", dir.resolve("norules").toString(), gold().toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains("no lexicons in the rules folder").contains("pass --rules DIR");
    }

    @Test
    void predictionsAlreadyWrittenAreScoredWithoutTheEngine() throws IOException {
        Path gold = gold();

        assertThat(run("eval", "--pred", dir.resolve("pred").toString(), gold.toString())).isEqualTo(Cli.OK);

        assertThat(out()).contains("cue F1 1.000 · source exact F1 1.000 · source overlap F1 1.000 · content char F1 1.000")
                .contains("docs 1 (0 without prediction), predicted 1").doesNotContain("extraction:");
        stdout.reset();
        Files.delete(dir.resolve("pred/a.ann"));
        assertThat(run("eval", "--json", "--pred", dir.resolve("pred").toString(), gold.toString())).isEqualTo(Cli.OK);
        assertThat(out().strip()).isEqualTo(AttributionScorer.score(GoldCorpus.open(gold), dir.resolve("pred")).toJson())
                .contains("\"docs_without_prediction\": 1", "\"cue\": {\"p\": 0.0, \"r\": 0.0, \"f1\": 0.0}");
    }
}
