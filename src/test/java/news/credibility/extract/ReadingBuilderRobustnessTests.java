package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.credibility.text.AnalyzedText;
import news.credibility.text.Span;

/**
 * The reading builder never throws, whatever the attributions it is handed (spans across sentences,
 * in boilerplate, overlapping, without content), and every span it reports stays inside the text.
 */
class ReadingBuilderRobustnessTests {

    private static final CueKind[] KINDS = CueKind.values();

    private static Span random(Random r, int length, boolean nullable) {
        if (nullable && r.nextInt(4) == 0) {
            return null;
        }
        int a = r.nextInt(length + 1);
        int b = Math.min(length, a + r.nextInt(80));
        return new Span(a, b);
    }

    @Test
    void randomAttributionsOverTheSeedsNeverBreakTheReading() {
        Random r = new Random(42);
        for (AnalyzedText analyzed : List.of(SeedFixtures.seed000(), SeedFixtures.seed002())) {
            int n = analyzed.text().length();
            for (int round = 0; round < 200; round++) {
                List<Attribution> atts = new ArrayList<>();
                for (int i = 0; i < r.nextInt(12); i++) {
                    Span cue = random(r, n, false);
                    atts.add(new Attribution(cue, random(r, n, true), random(r, n, true), "say", KINDS[r.nextInt(KINDS.length)]));
                }
                Reading reading = new ReadingBuilder().build(analyzed, atts, SeedFixtures.lexicons());
                for (Claim c : reading.claims()) {
                    assertThat(c.content().end()).isLessThanOrEqualTo(n);
                    c.signals().forEach(s -> assertThat(s.evidence().end()).isLessThanOrEqualTo(n));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "no sentence end at all", "“unbalanced quote. \"and another", "\u202Eright to left\u202C said he.",
            "Emoji 😀 said: “fine.” 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 reportedly denies it.", "<p>HTML <b>fragment</b> said the source.</p>",
            "He said. She said. They said. It said.", "The the the the.", "Denies these allegations."})
    void oddTextsGiveAReading(String text) {
        assertThatCode(() -> new ReadingBuilder().build(SeedFixtures.body(text), List.of(), SeedFixtures.lexicons())).doesNotThrowAnyException();
    }
}
