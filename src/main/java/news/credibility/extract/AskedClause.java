package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isQuote;

import java.util.List;
import java.util.Set;

import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * An opening question clause: "Asked if he was ever bullied, the candidate said no.", "When asked
 * whether ..., Trump replied ...", "Asked by Stephanopoulos to respond ..., Carson said ...". The
 * question is an attribution of its own (PolNeAR marks it): cue "asked", content the question, and
 * a source only where "by X" names the asker. The clause ends at its first comma outside quotes (a
 * quote's closing mark after that comma belongs to it), and the main clause's cue takes its
 * content from after it, not from the question.
 */
final class AskedClause {

    /** What may follow "asked" in a question clause. */
    private static final Set<String> OPENERS = Set.of("if", "whether", "about", "what", "why", "how", "who", "when",
            "where", "which", "by", "to", "on", "during", "in");

    private AskedClause() {
    }

    /** The question clause opening the sentence, or null. */
    static Found find(List<Token> ts, ContentSpans content) {
        int a = 0;
        if (ts.size() > 2 && Set.of("when", "once", "after").contains(ts.get(0).lower())) {
            a = 1;
        }
        if (ts.size() < a + 4 || !ts.get(a).lower().equals("asked") || !OPENERS.contains(ts.get(a + 1).lower())) {
            return null;
        }
        int comma = clauseEnd(ts, a + 1, content.end);
        if (comma < 0 || comma + 2 >= content.end) {
            return null;
        }
        int from = a + 1;
        Span source = null;
        if (ts.get(from).lower().equals("by")) {
            int e = NounPhrases.endAfter(ts, from + 1);
            if (e <= from + 1 || e >= comma) {
                return null;
            }
            source = content.span(from + 1, e);
            from = e;
        }
        int to = comma + 1 < ts.size() && isQuote(ts.get(comma + 1)) ? comma + 2 : comma;
        if (from >= comma) {
            return null;
        }
        return new Found(ts.get(a).span(), source, content.span(from, to), "ask", CueKind.VERB, false);
    }

    /**
     * "“You bet I would,” Christie said when asked whether ...": a question clause after the main
     * one, to the next comma outside quotes or the sentence's end. Returns the index of "when", or -1.
     */
    static int laterWhenAsked(List<Token> ts, ContentSpans content) {
        for (int w = 1; w + 2 < content.end; w++) {
            if (ts.get(w).lower().equals("when") && ts.get(w + 1).lower().equals("asked")
                    && OPENERS.contains(ts.get(w + 2).lower()) && !ts.get(w + 2).lower().equals("by")) {
                return w;
            }
        }
        return -1;
    }

    /** The attribution of a later "when asked ..." clause starting at {@code w}. */
    static Found later(List<Token> ts, ContentSpans content, int w) {
        int comma = clauseEnd(ts, w + 2, content.end);
        int to = comma < 0 ? content.end : comma + 1 < ts.size() && isQuote(ts.get(comma + 1)) ? comma + 2 : comma;
        return new Found(ts.get(w + 1).span(), null, content.span(w + 2, to), "ask", CueKind.VERB, false);
    }

    /** The first comma outside quotes after {@code from}, or -1. */
    private static int clauseEnd(List<Token> ts, int from, int end) {
        boolean inQuote = false;
        for (int k = from; k < end; k++) {
            Token t = ts.get(k);
            if (isQuote(t)) {
                inQuote = !inQuote;
            } else if (isComma(t) && (!inQuote || k + 1 < end && isQuote(ts.get(k + 1)))) {
                return k;
            }
        }
        return -1;
    }

    /** Token index where the main clause starts after an opening question clause found by {@link #find}. */
    static int mainClauseStart(List<Token> ts, Found asked) {
        for (int k = 0; k < ts.size(); k++) {
            if (ts.get(k).span().start() >= asked.content().end()) {
                return isComma(ts.get(k)) ? k + 1 : k;
            }
        }
        return ts.size();
    }
}
