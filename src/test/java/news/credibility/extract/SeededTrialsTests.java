package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The plain-JUnit property runner: reproducible texts, a failure that names its seed, a shortened failing text. */
class SeededTrialsTests {

    @Test
    void theSameTryGivesTheSameText() {
        assertThat(NewsTexts.noisyArticle(new Random(SeededTrials.seed(7)))).isEqualTo(NewsTexts.noisyArticle(new Random(SeededTrials.seed(7))));
        assertThat(NewsTexts.anyUnicode(new Random(SeededTrials.seed(7)), 300))
                .isNotEqualTo(NewsTexts.anyUnicode(new Random(SeededTrials.seed(8)), 300));
    }

    @Test
    void aFailureNamesItsSeedAndShowsTheTextAndTheShortestFailingText() {
        assertThatThrownBy(() -> SeededTrials.check("noQuote", 3, r -> "He said \"no\" to\nit.", text -> {
            if (text.contains("\"")) {
                throw new IllegalStateException("a quote");
            }
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("noQuote failed on try 3, seed " + SeededTrials.seed(3) + "L")
                .hasMessageContaining("\"He said \\\"no\\\" to\\nit.\"")
                .hasMessageContaining("shortest failing text (1 of 19 chars): \"\\\"\"")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPassingTryThrowsNothing() {
        SeededTrials.check("anything", 1, NewsTexts::article, text -> assertThat(text).isNotNull());
    }

    @Test
    void escapingKeepsLoneSurrogatesAndControlsVisible() {
        assertThat(SeededTrials.escape("a\uD83D\u0000\\é")).isEqualTo("\"a\\uD83D\\u0000\\\\\\u00E9\"");
    }

    @Test
    void generatedLengthsStayWithinTheirBounds() {
        Random r = new Random(SeededTrials.BASE_SEED);
        for (int i = 0; i < 500; i++) {
            assertThat(NewsTexts.anyUnicode(r, 300)).hasSizeLessThanOrEqualTo(300);
            assertThat(NewsTexts.asciiPunctuationAndLineBreaks(r, 400)).hasSizeLessThanOrEqualTo(400);
        }
    }
}
