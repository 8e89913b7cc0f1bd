package news.credibility.signal;

import java.util.List;

import news.credibility.text.Span;

/**
 * Direct quotation: the claim's content carries quotation marks (straight or curly), or the
 * claim's whole sentence is a quotation continuing its speaker.
 */
public final class QuoteDetector implements SignalDetector {

    @Override
    public List<Signal> detect(ClaimContext c) {
        Span quote = firstQuote(c.text(), c.claim().content());
        if (quote == null && c.attribution() != null) {
            quote = firstQuote(c.text(), c.claim().sentence().span());
        }
        return quote == null ? List.of() : List.of(new Signal(SignalType.DIRECT_QUOTE, quote, "quoted: " + quote.text(c.text())));
    }

    /** The first quoted stretch inside {@code within}, from its opening to its closing mark. */
    static Span firstQuote(String text, Span within) {
        for (int i = within.start(); i < within.end(); i++) {
            char ch = text.charAt(i);
            if (ch == '“' || ch == '"' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                char close = ch == '“' ? '”' : '"';
                int end = text.indexOf(close, i + 1);
                if (end > i + 1 && end <= within.end() + 1) {
                    return new Span(i, Math.min(end + 1, text.length()));
                }
            }
        }
        return null;
    }
}
