package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import news.credibility.lexicon.Lexicon;
import news.credibility.text.Span;

class PhraseMatcherTests {

    private static final PhraseMatcher MATCHER = new PhraseMatcher(new Lexicon("test", Map.of(
            "said", Map.of(), "is said to", Map.of("kind", "evidential"), "israel's", Map.of(), "un", Map.of())));

    private static Span all(String text) {
        return new Span(0, text.length());
    }

    @Test
    void findsWholeWordsLongestFirstWithTheirAttributes() {
        String text = "It is said to work, he said.";
        var found = MATCHER.find(text, all(text));
        assertThat(found).extracting(m -> m.span().text(text)).containsExactly("is said to", "said");
        assertThat(found.get(0).attribute("kind")).isEqualTo("evidential");
    }

    @Test
    void neverMatchesInsideAWord() {
        String text = "The unsaid fund was unlike the UN.";
        assertThat(MATCHER.find(text, all(text))).extracting(m -> m.span().text(text)).containsExactly("UN");
    }

    @Test
    void curlyApostrophesNonBreakingSpacesAndCaseAreTheSame() {
        String text = "ISRAEL’S envoy; it is\u00A0said to hold.";
        assertThat(MATCHER.find(text, all(text))).extracting(PhraseMatcher.Match::entry).containsExactly("israel's", "is said to");
    }

    @Test
    void searchesOnlyInsideTheGivenSpan() {
        String text = "He said it. She said it.";
        assertThat(MATCHER.find(text, new Span(12, text.length()))).extracting(m -> m.span().start()).containsExactly(16);
    }
}
