package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isNominal;
import static news.credibility.extract.Tokens.isQuote;
import static news.credibility.extract.Tokens.isThat;

import java.util.ArrayList;
import java.util.List;

import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * The attributions of one sentence: finds the cues (reporting verbs, "according to", evidential
 * "is said to", reporting nouns with a "that" clause, a headline's "Name: ..."), then for each the
 * source phrase and the content. One left-to-right pass over the tokens; source and content walks
 * are bounded by the sentence.
 */
final class SentenceReader {

    private final List<Token> ts;
    private final CueLexicon lex;
    private final ContentSpans content;
    private final List<Found> found = new ArrayList<>();

    SentenceReader(List<Token> tokens, CueLexicon lex) {
        this.ts = tokens;
        this.lex = lex;
        this.content = new ContentSpans(tokens);
    }

    List<Found> read() {
        colonCue();
        for (int i = 0; i < ts.size(); i++) {
            String w = ts.get(i).lower();
            if (w.equals("according") && i + 1 < ts.size() && ts.get(i + 1).lower().equals("to")) {
                according(i);
                i++;
                continue;
            }
            String evidential = lex.evidential(w);
            if (evidential != null && i + 1 < ts.size() && ts.get(i + 1).lower().equals("to") && beBefore(i) >= 0) {
                evidential(i, evidential);
                i++;
                continue;
            }
            CueLexicon.Verb verb = lex.verb(w);
            if (verb != null && isVerbUse(i)) {
                verb(i, verb);
                continue;
            }
            String noun = lex.noun(w);
            if (noun != null && ts.get(i).pos().startsWith("NOUN") && i + 2 < ts.size() && isThat(ts.get(i + 1))
                    && !Tokens.isVerbal(ts.get(i + 2))) {
                Span source = i > 0 && ts.get(i - 1).pos().endsWith("+PART") ? ts.get(i - 1).span() : null;
                add(ts.get(i).span(), source, content.after(i + 1, false), noun, CueKind.NOUN, false);
            }
        }
        return found;
    }

    /** "Poll: Wealthy Voters Abandon ...", "Sanders: Endorsements prove ...": a short name, a colon, a statement. */
    private void colonCue() {
        for (int k = 1; k <= 4 && k + 1 < content.end; k++) {
            Token t = ts.get(k);
            if (t.text().equals(":")) {
                if (NounPhrases.endAfter(ts, 0) == k && content.after(k + 1, false) != null) {
                    add(t.span(), content.span(0, k), content.span(k + 1, content.end), ":", CueKind.PUNCTUATION, false);
                }
                return;
            }
            if (!NounPhrases.startsPhrase(t)) {
                return;
            }
        }
    }

    private void according(int i) {
        Span cue = content.span(i, i + 2);
        int j = i + 2, k = j;
        while (k < content.end && !isComma(ts.get(k)) && !isQuote(ts.get(k)) && !ts.get(k).text().equals(";")) {
            k++;
        }
        int srcEnd = k == content.end || isComma(ts.get(k)) ? k : NounPhrases.endAfter(ts, j);
        if (srcEnd == j) {
            return;
        }
        Span before = content.before(i);
        int afterFrom = srcEnd < content.end && isComma(ts.get(srcEnd)) ? srcEnd + 1 : srcEnd;
        Span after = afterFrom < content.end ? content.after(afterFrom, true) : null;
        add(cue, content.span(j, srcEnd), join(before, after), "according to", CueKind.ACCORDING_TO, false);
    }

    /** "which is said to have mediated", "was reported to have sought": a cue with no source. */
    private void evidential(int i, String lemma) {
        Span cue = content.span(beBefore(i), i + 2);
        add(cue, null, content.after(i + 2, false), lemma, CueKind.EVIDENTIAL, false);
    }

    private int beBefore(int i) {
        int k = i - 1;
        while (k >= 0 && Tokens.isClauseAdverb(ts.get(k))) {
            k--;
        }
        return k >= 0 && Tokens.isBe(ts.get(k)) ? k : -1;
    }

    /** A reporting verb as a verb: tagged so, or a mis-tagged form between a name and "that" or a quote. */
    private boolean isVerbUse(int i) {
        Token t = ts.get(i);
        if (i > 0 && Tokens.isDash(ts.get(i - 1))) {
            return false; // "so-called"
        }
        if (t.pos().startsWith("VERB")) {
            return true;
        }
        return i > 0 && i + 1 < ts.size() && isNominal(ts.get(i - 1)) && !t.isPos("AUX")
                && (isThat(ts.get(i + 1)) || isQuote(ts.get(i + 1)) || ts.get(i + 1).text().equals(":"));
    }

    private void verb(int i, CueLexicon.Verb verb) {
        if (!frameAllows(i, verb.frame())) {
            return;
        }
        boolean ing = ts.get(i).lower().endsWith("ing");
        int k = i - 1;
        while (k >= 0 && (Tokens.isClauseAdverb(ts.get(k)) || ts.get(k).pos().startsWith("AUX"))) {
            if (Tokens.isBe(ts.get(k)) && !ing) {
                return; // passive: "was asked", "is called"
            }
            k--;
        }
        k = skipTimeBack(k);
        SourceFinder.SourceSide side = SourceFinder.find(ts, k, i, ing, lex, found, content);
        if (side == null) {
            return;
        }
        int from = content.startAfter(objectEnd(side.contentFrom(), verb.frame()));
        Span after = content.after(from, verb.frame() == CueLexicon.Frame.ACCUSE);
        Span before = side.relative() || side.groupStart() == 0 || !endsClause(side.contentFrom(), from)
                ? null : content.before(side.groupStart());
        Span body;
        if (after != null && before != null && content.parentheticalAt(side.contentFrom())) {
            body = before.union(after);
        } else {
            body = after != null ? after : before;
        }
        add(ts.get(i).span(), side.source(), body, verb.lemma(), CueKind.VERB, side.shared());
    }

    /**
     * Whether the cue group ends its clause, so that its content may stand before it ("..., the
     * spokesman said.", "..., a source told the Free Beacon."): nothing, a comma, a quote or an
     * adverbial follows; not an object ("the parliament confirmed an interim government").
     */
    private boolean endsClause(int groupEnd, int contentFrom) {
        if (contentFrom >= content.end || groupEnd >= content.end) {
            return true;
        }
        Token next = ts.get(groupEnd);
        return isComma(next) || isQuote(next) || next.isPos("ADP") || next.text().equals(":");
    }

    private boolean frameAllows(int i, CueLexicon.Frame frame) {
        int n = i + 1;
        while (n < ts.size() && Tokens.isClauseAdverb(ts.get(n))) {
            n++;
        }
        return switch (frame) {
            case NEEDS_THAT -> n < ts.size() && isThat(ts.get(n));
            case NEEDS_COLON -> n < ts.size() && ts.get(n).text().equals(":");
            case NEEDS_TO -> n < ts.size() && ts.get(n).lower().equals("to");
            default -> true;
        };
    }

    /** After "told", "asked", "urged": past the indirect object ("told reporters that"). */
    private int objectEnd(int from, CueLexicon.Frame frame) {
        if (frame != CueLexicon.Frame.OBJECT || from >= content.end || isThat(ts.get(from)) || isQuote(ts.get(from))) {
            return from;
        }
        int e = NounPhrases.endAfter(ts, from);
        if (e > from && e < content.end) {
            Token next = ts.get(e);
            if (isThat(next) || isQuote(next) || next.text().equals(":") || isComma(next)
                    || NounPhrases.startsPhrase(next) || next.lower().equals("to")) {
                return e;
            }
        }
        return e > from && e >= content.end ? e : from;
    }

    /** Back over "on Tuesday", "last week" between a source and its verb. */
    private int skipTimeBack(int k) {
        int j = k;
        while (j >= 0 && j > k - 4 && (Tokens.isTime(ts.get(j)) || ts.get(j).isPos("NUM"))) {
            j--;
            while (j >= 0 && (ts.get(j).isPos("ADP") || ts.get(j).isPos("DET") || ts.get(j).isPos("ADJ"))
                    && !Tokens.isTime(ts.get(j))) {
                j--;
            }
        }
        return j < k && j >= 0 && isNominal(ts.get(j)) ? j : k;
    }

    private static Span join(Span before, Span after) {
        if (before != null && after != null) {
            return before.union(after);
        }
        return before != null ? before : after;
    }

    private void add(Span cue, Span source, Span body, String lemma, CueKind kind, boolean shared) {
        found.add(new Found(cue, source, body, lemma, kind, shared));
    }
}
