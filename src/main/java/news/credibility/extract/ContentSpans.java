package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isDash;
import static news.credibility.extract.Tokens.isQuote;
import static news.credibility.extract.Tokens.isThat;
import static news.credibility.extract.Tokens.isVerbal;

import java.util.List;

import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * The content side of an attribution within one sentence, following PolNeAR's conventions: the
 * complementizer "that" belongs to the content, the sentence's final full stop does not, quotation
 * marks (and the comma inside them) do.
 */
final class ContentSpans {

    /** Tokens looked ahead for "that", a colon or a quote after adverbials ("said in a statement that"). */
    private static final int LOOKAHEAD = 8;

    private static final java.util.Set<String> ANSWERS = java.util.Set.of("yes", "no", "so");

    private final List<Token> ts;
    /** End (exclusive) of the sentence's content tokens: before a final full stop outside quotes. */
    final int end;

    ContentSpans(List<Token> ts) {
        this.ts = ts;
        int e = ts.size();
        if (e > 0 && Tokens.isSentenceEnd(ts.get(e - 1))) {
            e--;
        }
        this.end = e;
    }

    Span span(int from, int to) {
        return new Span(ts.get(from).span().start(), ts.get(to - 1).span().end());
    }

    /**
     * Where content after a cue starts: at "that", after a colon, at an opening quote, when only
     * adverbials ("in a statement", "on Tuesday") stand before them; else at {@code from}.
     */
    int startAfter(int from) {
        for (int k = from; k < end && k < from + LOOKAHEAD; k++) {
            Token t = ts.get(k);
            if (isThat(t) || isQuote(t)) {
                return k;
            }
            if (t.text().equals(":") || isComma(t) && k + 1 < end && isQuote(ts.get(k + 1))) {
                return k + 1;
            }
            if (isVerbal(t) || isComma(t) || Tokens.isPersonalPronoun(t) && k > from) {
                break;
            }
        }
        if (from < end && (ts.get(from).text().equals(":") || isComma(ts.get(from)))) {
            return from + 1;
        }
        return from;
    }

    /**
     * Content after a cue, from {@code from} to the sentence's end, where it says something: a
     * clause (with a verb), a quote, or a "that" clause; null where only an object or adverbial
     * follows ("added 500 jobs", "said on Tuesday"). {@code objectIsContent} for "accused X of Y".
     */
    Span after(int from, boolean objectIsContent) {
        return after(from, objectIsContent, false);
    }

    /**
     * As {@link #after(int, boolean)}; {@code toComma}: the content ends at the next comma outside
     * quotes, as a relative clause set off by commas does ("Cruz, who says Trump is attacking him,
     * said ...").
     */
    Span after(int from, boolean objectIsContent, boolean toComma) {
        int to = quoteEnd(from);
        if (toComma) {
            for (int k = from + 1; k < to; k++) {
                if (isComma(ts.get(k))) {
                    to = k;
                    break;
                }
                if (isQuote(ts.get(k))) {
                    break;
                }
            }
        }
        while (to > from && (isComma(ts.get(to - 1)) || isDash(ts.get(to - 1)))) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        boolean says = objectIsContent || isThat(ts.get(from)) || from > 0 && ts.get(from - 1).text().equals(":")
                || Tokens.isSubjectPronoun(ts.get(from)) && to - from >= 2;
        // a one-word answer: "said yes", "said no", "said so"
        says |= to - from == 1 && ANSWERS.contains(ts.get(from).lower());
        for (int k = from; k < to && !says; k++) {
            says = isVerbal(ts.get(k)) || isQuote(ts.get(k));
        }
        return says ? span(from, to) : null;
    }

    /**
     * Where content starting at {@code from} ends: the sentence's end, or, for a cue inside a
     * quotation ("“... we would note that ...,” the spokesman said"), the closing quote.
     */
    private int quoteEnd(int from) {
        int depth = 0;
        for (int k = 0; k < from; k++) {
            String text = ts.get(k).text();
            for (int c = 0; c < text.length(); c++) {
                switch (text.charAt(c)) {
                    case '“' -> depth++;
                    case '”' -> depth = Math.max(0, depth - 1);
                    case '"' -> depth = depth > 0 ? depth - 1 : 1;
                    default -> { }
                }
            }
        }
        if (depth == 0 || from < end && isQuote(ts.get(from))) {
            return untilAccordingTo(from);
        }
        for (int k = from; k < end; k++) {
            if (isQuote(ts.get(k))) {
                return k;
            }
        }
        return end;
    }

    /**
     * The sentence's end, or an earlier break that closes the content: a ", according to" (which
     * attributes what precedes it), a semicolon, or a dash before "and" / "but" opening a new clause.
     */
    private int untilAccordingTo(int from) {
        for (int k = from + 1; k + 1 < end; k++) {
            Token t = ts.get(k);
            if (t.text().equals(";")
                    || isComma(t) && k + 2 < end && ts.get(k + 1).lower().equals("according") && ts.get(k + 2).lower().equals("to")
                    || isDash(t) && !t.text().equals("-") && ts.get(k + 1).isPos("CCONJ")) {
                return k;
            }
        }
        return end;
    }

    /** Content before a cue group starting at token {@code groupStart}: the sentence up to it, less trailing commas. */
    Span before(int groupStart) {
        return before(groupStart, false);
    }

    /** As {@link #before(int)}; {@code endsSentence}: the cue group closes the sentence ("People like Scott, he said."). */
    Span before(int groupStart, boolean endsSentence) {
        int e = groupStart;
        if (e == 0 || !isComma(ts.get(e - 1)) && !isDash(ts.get(e - 1)) && !isQuote(ts.get(e - 1))) {
            return null; // "Earlier this month the parliament confirmed": no break, no content before
        }
        while (e > 0 && (isComma(ts.get(e - 1)) || isDash(ts.get(e - 1)))) {
            e--;
        }
        int s = 0;
        while (s < e && (ts.get(s).isPos("CCONJ") || isComma(ts.get(s)))) {
            s++;
        }
        boolean says = endsSentence;
        for (int k = s; k < e && !says; k++) {
            says = isVerbal(ts.get(k)) || isQuote(ts.get(k));
        }
        return says && e - s >= 2 ? span(s, e) : null;
    }

    /** Whether the cue group ending before token {@code k} is set off by a comma: "“That,” he said, “is ...”". */
    boolean parentheticalAt(int k) {
        return k < end && isComma(ts.get(k));
    }

    boolean endsWithQuote(Span span) {
        for (int k = ts.size() - 1; k >= 0; k--) {
            if (ts.get(k).span().end() <= span.end()) {
                return ts.get(k).span().end() == span.end() && isQuote(ts.get(k));
            }
        }
        return false;
    }

    boolean startsWithQuote(Span span) {
        for (Token t : ts) {
            if (t.span().start() >= span.start()) {
                return t.span().start() == span.start() && isQuote(t);
            }
        }
        return false;
    }

    /** The whole sentence's content tokens. */
    Span all() {
        return end > 0 ? span(0, end) : null;
    }
}
