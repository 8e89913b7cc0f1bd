package news.credibility.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.eval.GoldFixture.Ann;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java scorer and attreval.py give the same figures on a fixture that exercises each of the
 * script's definitions: exact, trimmed and overlapping sources, missing sources, non-speech gold
 * cues, multi-segment spans, ties in the greedy cue matching, unmatched predictions, a document
 * without prediction, several annotators, Python white space, CR LF and a character outside the BMP.
 */
class EvalAgreementTests {

    @TempDir
    Path dir;
    GoldFixture fixture;

    @BeforeEach
    void fixture() throws IOException {
        Attreval.assumeAvailable();
        fixture = new GoldFixture(dir);

        // exact source; a source with a leading space (trimmed: exact); a non-speech gold cue matched
        String a = "\uD83D\uDE00 The minister said on Monday that the talks had failed. “We tried,” he added.\nCritics believe the plan is doomed.\n";
        fixture.text("a", a);
        fixture.goldAnn("a_ann1.ann", new Ann(a).attribution("said", "The minister", "that the talks had failed")
                .attribution("added", "he", "“We tried,”").attribution("believe", "Critics", "the plan is doomed"));
        fixture.goldAnn("a_ann2.ann", new Ann(a).attribution("said", "Monday", "the talks"));
        Ann aPred = new Ann(a).attribution("said", "The minister", "on Monday that the talks had failed");
        String cue = aPred.span("Cue", "added", aPred.at("added"));
        String src = aPred.span("Source", " he", aPred.at("he", 0, 1, 0));
        aPred.relation("Cue:" + cue, "Source:" + src);
        fixture.predAnn("a", aPred.attribution("believe", "Critics", "the plan"));

        // multi-segment content; an appositive source found only in part; "according to" without a
        // predicted source; a gold cue without source; a prediction matching no gold cue
        String b = "“Prices will rise,” said Jane Smith, an economist at the bank, “and soon.”\r\n"
                + "The report was released Tuesday, according to officials. Taxes, it was reported, will fall.\r\n";
        fixture.text("b", b);
        Ann bGold = new Ann(b);
        String bc = bGold.span("Cue", "said", bGold.at("said"));
        String bs = bGold.span("Source", "Jane Smith, an economist at the bank,", bGold.at("Jane Smith, an economist at the bank,"));
        String bk = bGold.span("Content", "“Prices will rise,” “and soon.”", bGold.at("“Prices will rise,”"), bGold.at("“and soon.”"));
        bGold.relation("Attribution:" + bc, "Content:" + bk, "Cue:" + bc, "Source:" + bs);
        bGold.attribution("according to", "officials", "The report was released Tuesday");
        String nc = bGold.span("Attribution-no-source", "it was reported", bGold.at("it was reported"));
        String nk = bGold.span("Content", "Taxes will fall", bGold.at("Taxes"), bGold.at("will fall"));
        bGold.relation("Attribution-no-source:" + nc, "Content:" + nk);
        bGold.line("T99\tDiscard 0 1\t“");
        fixture.goldAnn("b_x.ann", bGold);
        Ann bPred = new Ann(b);
        String pc = bPred.span("Cue", "said", bPred.at("said"));
        String ps = bPred.span("Source", "Jane Smith", bPred.at("Jane Smith"));
        String pk = bPred.span("Content", "Prices will rise and soon", bPred.at("Prices will rise"), bPred.at("and soon"));
        bPred.relation("Attribution:" + pc, "Cue:" + pc, "Source:" + ps, "Content:" + pk);
        bPred.attribution("according to", null, "The report was released");
        bPred.attribution("reported", "it", "will fall").attribution("released", "The report", "Tuesday");
        fixture.predAnn("b", bPred);

        // no prediction file at all
        String c = "The mayor told reporters: the bridge will open in May.\n";
        fixture.text("c", c);
        fixture.goldAnn("c_1.ann", new Ann(c).attribution("told", "The mayor", "the bridge will open in May"));

        // two predictions tie on one gold cue (the later one wins in attreval.py); a colon cue;
        // sources with a no-break space (Python white space, not Java's) and a figure space
        String d = "The\u00a0senator\u2007said: taxes will rise.\n\u00a0Aides  \u2014 the plan is final.\n";
        fixture.text("d", d);
        Ann dGold = new Ann(d).attribution("said:", "The\u00a0senator", "taxes will rise");
        dGold.attribution("\u2014", "Aides", "the plan is final");
        fixture.goldAnn("d_a.ann", dGold);
        Ann dPred = new Ann(d).attribution("said", "The", "taxes will rise.").attribution("said", "The\u00a0senator", "taxes");
        String dc = dPred.span("Cue", "\u2014", dPred.at("\u2014"));
        String ds = dPred.span("Source", "\u00a0Aides  ", dPred.at("Aides", 0, 1, 2));
        String dk = dPred.span("Content", "the plan", dPred.at("the plan"), dPred.at("is final", 0, 1, 0));
        dPred.relation("Attribution:" + dc, "Source1:" + ds, "Content2:" + dk);
        fixture.predAnn("d", dPred);
    }

    @Test
    void javaScorerPrintsExactlyWhatAttrevalPrints() throws Exception {
        String python = Attreval.json(fixture.gold, fixture.pred);

        EvalFigures java = AttributionScorer.score(GoldCorpus.open(fixture.gold), fixture.pred);

        assertThat(java.toJson()).isEqualTo(python);
    }

    @Test
    void figuresAreTheOnesWorkedOutByHand() throws Exception {
        EvalFigures figures = AttributionScorer.score(GoldCorpus.open(fixture.gold), fixture.pred);
        JsonNode python = JsonMapper.builder().build().readTree(Attreval.json(fixture.gold, fixture.pred));

        // 4 docs, c without prediction; gold: a 3 (2 speech), b 3 (all speech), c 1, d 2 -> 9 (8 speech)
        assertThat(figures.docs()).isEqualTo(4);
        assertThat(figures.docsWithoutPrediction()).isEqualTo(1);
        assertThat(figures.goldAllAttributions()).isEqualTo(9);
        assertThat(figures.goldSpeechAttributions()).isEqualTo(8);
        assertThat(figures.predicted()).isEqualTo(3 + 4 + 3);
        // matched: a 3, b 3 (said, according to, reported), d 2 (one of the tied "said") = 8 of 10 predicted
        assertThat(figures.cue().p()).isEqualTo(0.8).isEqualTo(python.get("cue").get("p").asDouble());
        // speech matches: a 2, b 3, d 2 = 7 of 8
        assertThat(figures.cue().r()).isEqualTo(0.875).isEqualTo(python.get("cue").get("r").asDouble());
    }

    @Test
    void javaScorerAgreesWithAttrevalOnRandomCorpora(@TempDir Path random) throws Exception {
        for (long seed = 1; seed <= 25; seed++) {
            GoldFixture corpus = new GoldFixture(random.resolve("seed" + seed));
            new RandomCorpus(seed).write(corpus, 4);

            String python = Attreval.json(corpus.gold, corpus.pred);

            assertThat(AttributionScorer.score(GoldCorpus.open(corpus.gold), corpus.pred).toJson()).as("seed %d", seed).isEqualTo(python);
        }
    }
}
