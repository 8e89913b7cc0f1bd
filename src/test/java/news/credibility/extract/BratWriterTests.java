package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.text.Span;

class BratWriterTests {

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        assertThat(at).isGreaterThanOrEqualTo(0);
        return new Span(at, at + part.length());
    }

    @Test
    void writesTextBoundsEventAndSourceType() {
        String text = "The minister said that the talks failed.";
        Attribution a = new Attribution(span(text, "said"), span(text, "The minister"), span(text, "that the talks failed"),
                "say", CueKind.VERB);

        String ann = BratWriter.write(text, List.of(a), s -> s.equals(span(text, "The minister")) ? SourceType.NAMED_OFFICIAL : null);

        assertThat(ann.split("\n")).containsExactly(
                "T1\tCue 13 17\tsaid",
                "T2\tSource 0 12\tThe minister",
                "T3\tContent 18 39\tthat the talks failed",
                "E1\tAttribution:T1 Cue:T1 Source:T2 Content:T3",
                "A1\tSourceType T2 NAMED_OFFICIAL");
    }

    @Test
    void sourcelessAttributionHasNoSourceRole() {
        String text = "The firm is said to have paid.";
        Attribution a = new Attribution(span(text, "is said to"), null, span(text, "have paid"), "say", CueKind.EVIDENTIAL);

        String ann = BratWriter.write(text, List.of(a), s -> null);

        assertThat(ann).contains("E1\tAttribution:T1 Cue:T1 Content:T2\n").doesNotContain("Source");
    }

    @Test
    void continuedQuoteBecomesOneRelationWithSegments() {
        String text = "“We tried,” he said. “We failed.”";
        Span cue = span(text, "said");
        Span he = span(text, "he");
        List<Attribution> as = List.of(
                new Attribution(cue, he, span(text, "“We tried,”"), "say", CueKind.VERB),
                new Attribution(cue, he, span(text, "“We failed.”"), "say", CueKind.VERB));

        String ann = BratWriter.write(text, as, s -> null);

        assertThat(ann).contains("T3\tContent 0 11;21 33\t“We tried,” “We failed.”\n");
        assertThat(ann.lines().filter(l -> l.startsWith("E"))).hasSize(1);
    }

    @Test
    void cueAndSourceAreCutOutOfAnEnclosingContent() {
        String text = "“That,” he said, “is the reality.”";
        Attribution a = new Attribution(span(text, "said"), span(text, "he"), new Span(0, text.length()), "say", CueKind.VERB);

        String ann = BratWriter.write(text, List.of(a), s -> null);

        assertThat(ann).contains("Content 0 7;17 34\t“That,” “is the reality.”");
    }

    @Test
    void outputIsScorableByAttreval(@TempDir Path dir) throws IOException, InterruptedException {
        // ../shared sits beside the project checkout (as in CI); where it does not, say so in the skip
        Path evalScript = Path.of("..", "shared", "eval", "attreval.py").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(evalScript),
                "attreval.py not found at " + evalScript + ": put the shared material beside the project to run this test");
        String text = "The minister said that the talks failed.\n";
        Files.createDirectories(dir.resolve("gold/text"));
        Files.createDirectories(dir.resolve("gold/attributions"));
        Files.createDirectories(dir.resolve("pred"));
        Files.writeString(dir.resolve("gold/text/a.txt"), text);
        Attribution a = new Attribution(span(text, "said"), span(text, "The minister"), span(text, "that the talks failed"),
                "say", CueKind.VERB);
        String ann = BratWriter.write(text, List.of(a), s -> null);
        Files.writeString(dir.resolve("gold/attributions/a_x.ann"), ann);
        Files.writeString(dir.resolve("pred/a.ann"), ann);

        Process p = new ProcessBuilder("python3", evalScript.toString(), "--gold", dir.resolve("gold").toString(),
                "--pred", dir.resolve("pred").toString(), "--json").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("\"cue\": {\"p\": 1.0, \"r\": 1.0, \"f1\": 1.0}")
                .contains("\"source_exact\": {\"p\": 1.0, \"r\": 1.0, \"f1\": 1.0}")
                .contains("\"content_char_f1\": 1.0");
    }

    @Test
    void appositiveSourceKeepsItsClosingCommaAsInPolnear() {
        String text = "Phil Smith, a spokesman for the union, said the mine closed.";
        Attribution a = new Attribution(span(text, "said"), span(text, "Phil Smith, a spokesman for the union"),
                span(text, "the mine closed"), "say", CueKind.VERB);

        assertThat(BratWriter.write(text, List.of(a), s -> null)).contains("Source 0 38\tPhil Smith, a spokesman for the union,\n");
    }

    @Test
    void invertedAppositiveSourceKeepsItsClosingCommaButABareNameHasNone() {
        String text = "“It closed,” said Phil Smith, a spokesman for the union, citing the losses.";
        Attribution a = new Attribution(span(text, "said"), span(text, "Phil Smith, a spokesman for the union"),
                span(text, "“It closed,”"), "say", CueKind.VERB);
        assertThat(BratWriter.write(text, List.of(a), s -> null)).contains("\tPhil Smith, a spokesman for the union,\n");

        String bare = "“It closed,” said Phil Smith, citing the losses.";
        Attribution b = new Attribution(span(bare, "said"), span(bare, "Phil Smith"), span(bare, "“It closed,”"), "say",
                CueKind.VERB);
        assertThat(BratWriter.write(bare, List.of(b), s -> null)).contains("\tPhil Smith\n");
    }

    @Test
    void relativeClauseSourceIsThePronounAsInPolnear() {
        String text = "The story came from a blogger, who claims that the mayor lied.";
        Attribution a = new Attribution(span(text, "claims"), span(text, "a blogger"), span(text, "that the mayor lied"),
                "claim", CueKind.VERB);

        assertThat(BratWriter.write(text, List.of(a), s -> null)).contains("\tSource 31 34\twho\n");
    }

    @Test
    void relativePronounIsTheSourceAcrossAuxiliariesAndAdverbs() {
        String text = "The plan came from the mayor, who has long argued that taxes are too high.";
        Attribution a = new Attribution(span(text, "argued"), span(text, "the mayor"), span(text, "that taxes are too high"),
                "argue", CueKind.VERB);

        assertThat(BratWriter.write(text, List.of(a), s -> null)).contains("\tSource 30 33\twho\n");
    }

    @Test
    void relativeClauseInsideTheSourceLeavesTheAntecedent() {
        String text = "The mayor, who lives nearby, said taxes are too high.";
        Attribution a = new Attribution(span(text, "said"), span(text, "The mayor"), span(text, "taxes are too high"),
                "say", CueKind.VERB);

        assertThat(BratWriter.write(text, List.of(a), s -> null)).contains("\tSource 0 9\tThe mayor\n");
    }

    @Test
    void readingSourcesGiveTheTypes() {
        String text = "Officials said the plan failed.";
        Span src = span(text, "Officials");
        Attribution a = new Attribution(span(text, "said"), src, span(text, "the plan failed"), "say", CueKind.VERB);
        Map<Span, SourceType> types = Map.of(src, SourceType.ANONYMOUS);

        assertThat(BratWriter.write(text, List.of(a), types::get)).contains("A1\tSourceType T2 ANONYMOUS");
    }
}
