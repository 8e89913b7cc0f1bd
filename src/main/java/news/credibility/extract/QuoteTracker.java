package news.credibility.extract;

import java.util.List;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Follows quotation marks through a paragraph, sentence by sentence: whether a cue stands inside a
 * quotation (then the quotation's speaker is the source, not the words inside it), and where a
 * quotation still open at a sentence's start began. Curly quotes say which way they face; a
 * straight double quote toggles; for doubled apostrophes ('') the tokenizer tells: it splits an
 * opening one into two tokens and keeps a closing one whole.
 */
final class QuoteTracker {

    private int depth;
    private int openedAt = -1;

    void startParagraph() {
        depth = 0;
        openedAt = -1;
    }

    /** Whether a quotation is open where the current sentence starts. */
    boolean openAtStart() {
        return depth > 0 && openedAt >= 0;
    }

    /** Where the quotation open at the current sentence's start began, or -1. */
    int openedAt() {
        return depth > 0 ? openedAt : -1;
    }

    /** Where the paragraph's last quotation began, open or closed, or -1. */
    int lastOpenedAt() {
        return openedAt;
    }

    /** Whether {@code cue} in the current sentence {@code s} stands inside a quotation. */
    boolean inside(Sentence s, Span cue) {
        return walk(s, cue.start(), depth, null) > 0;
    }

    /** Whether a quotation is still open at the end of the current sentence. */
    boolean openAtEnd(Sentence s) {
        return walk(s, Integer.MAX_VALUE, depth, null) > 0;
    }

    /** Moves past sentence {@code s}. */
    void advance(Sentence s) {
        int[] opened = {openedAt};
        depth = walk(s, Integer.MAX_VALUE, depth, opened);
        openedAt = opened[0];
    }

    private static int walk(Sentence s, int before, int depth, int[] opened) {
        List<Token> ts = s.tokens();
        for (int t = 0; t < ts.size(); t++) {
            Token k = ts.get(t);
            if (k.span().start() >= before) {
                break;
            }
            if (isSplitOpening(ts, t) || k.text().equals("''") && t == 0) {
                if (depth == 0 && opened != null) {
                    opened[0] = k.span().start();
                }
                depth++;
                t += k.text().equals("'") ? 1 : 0;
                continue;
            }
            if (k.text().equals("''")) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            String text = k.text();
            if (text.length() > 2 && text.endsWith("''") && t > 0) {
                // a closing '' the tokenizer left on its word or punctuation: "for Paris'' -", "posts?''",
                // "case,'''" (the inner single quote is not counted)
                depth = Math.max(0, depth - 1);
                continue;
            }
            for (int i = 0; i < text.length(); i++) {
                int was = depth;
                switch (text.charAt(i)) {
                    // a “ glued to the word before it, inside a quotation, is a closing mark typed the wrong
                    // way round: "and “rapists“ while", "her here,“ said"
                    case '“' -> depth = depth > 0 && (i > 0 || t > 0 && ts.get(t - 1).span().end() == k.span().start())
                            ? depth - 1 : depth + 1;
                    case '”' -> depth = Math.max(0, depth - 1);
                    case '"' -> depth = depth > 0 ? depth - 1 : 1;
                    default -> { }
                }
                if (was == 0 && depth > 0 && opened != null) {
                    opened[0] = k.span().start() + i;
                }
            }
        }
        return depth;
    }

    /** A sentence that opens with a quotation mark, including an opening '' split into two apostrophes. */
    static boolean startsWithQuote(Sentence s) {
        List<Token> ts = s.tokens();
        return !ts.isEmpty() && (Tokens.isQuote(ts.get(0)) || isSplitOpening(ts, 0));
    }

    /** An opening '' as the tokenizer leaves it: two adjacent apostrophes. */
    private static boolean isSplitOpening(List<Token> ts, int t) {
        return t + 1 < ts.size() && ts.get(t).text().equals("'") && ts.get(t + 1).text().equals("'")
                && ts.get(t).span().end() == ts.get(t + 1).span().start();
    }


    /** A sentence whose last token closes a quotation ("...,”", "?”"). */
    static boolean endsWithQuote(Sentence s) {
        List<Token> ts = s.tokens();
        return !ts.isEmpty() && Tokens.isQuote(ts.get(ts.size() - 1));
    }
}
