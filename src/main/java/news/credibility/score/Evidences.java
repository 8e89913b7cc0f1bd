package news.credibility.score;

import news.credibility.text.Span;

/** Cuts evidence words out of the article text, null-safe for claims supplied without text. */
final class Evidences {

    private Evidences() {
    }

    static Evidence cut(String label, Span span, String text) {
        return cut(label, span, text, null);
    }

    /** The words of {@code span} in {@code text}; {@code fallback} where there is no text to cut from. */
    static Evidence cut(String label, Span span, String text, String fallback) {
        if (span == null) {
            return fallback == null ? null : new Evidence(label, null, fallback);
        }
        String words = text != null && span.end() <= text.length() ? span.text(text) : fallback;
        return new Evidence(label, span, words);
    }
}
