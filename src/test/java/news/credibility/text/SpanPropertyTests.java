package news.credibility.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Span.trim over random texts (seeded, so a failure names the repetition that reproduces it). */
class SpanPropertyTests {

    private static final String ALPHABET = "ab \t\n\u00A0\uFEFF\u202F.“”😀";

    @RepeatedTest(500)
    void trimStaysInsideTheSpanAndStartsOnAWord(RepetitionInfo repetition) {
        Random r = new Random(repetition.getCurrentRepetition());
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(40); i > 0; i--) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        String text = b.toString();
        int start = r.nextInt(text.length() + 1);
        int end = start + r.nextInt(text.length() - start + 1);

        Span trimmed = new Span(start, end).trim(text);

        assertThat(new Span(start, end).contains(trimmed)).isTrue();
        if (!trimmed.isEmpty()) {
            assertThat(Character.isWhitespace(text.charAt(trimmed.start()))).isFalse();
            assertThat(text.charAt(trimmed.start())).isNotIn('\uFEFF', '\u00A0', '\u202F');
            assertThat(Character.isWhitespace(text.charAt(trimmed.end() - 1))).isFalse();
        }
    }
}
