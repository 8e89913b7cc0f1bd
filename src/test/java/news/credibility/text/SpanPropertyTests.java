package news.credibility.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SpanPropertyTests {

    @Property(tries = 500)
    void trimStaysInsideTheSpan(@ForAll String text, @ForAll @IntRange(min = 0, max = 50) int a, @ForAll @IntRange(min = 0, max = 50) int len) {
        int start = Math.min(a, text.length());
        int end = Math.min(start + len, text.length());
        Span trimmed = new Span(start, end).trim(text);
        assertThat(new Span(start, end).contains(trimmed)).isTrue();
        if (!trimmed.isEmpty()) {
            assertThat(Character.isWhitespace(text.charAt(trimmed.start()))).isFalse();
        }
    }
}
