package news.credibility.api;

import news.credibility.text.Span;

/** A span of the original text with its words: {@code [start, end)}, {@code text} null where no text was given. */
public record SpanView(int start, int end, String text) {

    static SpanView of(Span span, String text) {
        if (span == null) {
            return null;
        }
        return new SpanView(span.start(), span.end(), text != null && span.end() <= text.length() ? span.text(text) : null);
    }
}
