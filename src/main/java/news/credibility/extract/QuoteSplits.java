package news.credibility.extract;

import java.util.ArrayList;
import java.util.List;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Splits sentences the sentence detector ran together across a closing quotation mark: "... his
 * book ''The Art of the Deal.'' Mr. Trump said a smaller jet ...". A full stop (or ? !) with a
 * closing mark glued to it, then a space and a capital, ends a sentence; an opening mark has a
 * space before it, so it is never taken for a closing one.
 */
final class QuoteSplits {

    private QuoteSplits() {
    }

    static List<Sentence> split(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Token> ts = s.tokens();
            int from = 0;
            for (int j = 0; j + 1 < ts.size(); j++) {
                int end = closingEnd(ts, j);
                if (end > 0 && end < ts.size() && startsSentence(ts.get(end), ts.get(end - 1))) {
                    out.add(part(s, ts, from, end));
                    from = end;
                    j = end - 1;
                }
            }
            out.add(from == 0 ? s : part(s, ts, from, ts.size()));
        }
        return out;
    }

    /** Index after a sentence end with its glued closing mark at {@code j}, or -1. */
    private static int closingEnd(List<Token> ts, int j) {
        Token t = ts.get(j);
        if (Tokens.endsSentenceAndQuote(t)) {
            return j + 1;
        }
        if (Tokens.isSentenceEnd(t) && j + 1 < ts.size() && Tokens.isQuote(ts.get(j + 1))
                && ts.get(j + 1).span().start() == t.span().end()) {
            return j + 2;
        }
        return -1;
    }

    private static boolean startsSentence(Token next, Token closing) {
        String x = next.text();
        return next.span().start() > closing.span().end() && !x.isEmpty() && Character.isUpperCase(x.charAt(0));
    }

    private static Sentence part(Sentence s, List<Token> ts, int from, int to) {
        Span span = new Span(ts.get(from).span().start(), ts.get(to - 1).span().end());
        return new Sentence(s.index(), s.paragraph(), span, ts.subList(from, to), s.headline());
    }
}
