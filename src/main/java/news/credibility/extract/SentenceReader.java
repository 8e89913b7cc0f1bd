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

    /** The lemma of a dash that credits a quote. */
    static final String DASH = "―";

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
        dashCredit();
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
            if (noun != null && ts.get(i).pos().startsWith("NOUN") && i + 2 < ts.size()) {
                noun(i, noun);
            }
            if (lex.isSourceNoun(w) && isNominal(ts.get(i))) {
                sourceSubject(i);
            }
        }
        return found;
    }

    /** "claims that Iran ...", "Trump's claim that ...", "criticism from the United Nations ... for leading ...". */
    private void noun(int i, String lemma) {
        Token next = ts.get(i + 1);
        if (isThat(next) && !Tokens.isVerbal(ts.get(i + 2))) {
            Span source = i > 0 && ts.get(i - 1).pos().endsWith("+PART") ? ts.get(i - 1).span() : null;
            add(ts.get(i).span(), source, content.after(i + 1, false), lemma, CueKind.NOUN, false);
            return;
        }
        String w = next.lower();
        if ((w.equals("from") || w.equals("by")) && NounPhrases.startsPhrase(ts.get(i + 2))) {
            int e = NounPhrases.endAfter(ts, i + 2);
            for (int k = i + 3; k < e; k++) {
                if (isComplementStart(ts.get(k))) {
                    e = k; // "criticism from rights groups for jailing reporters": the phrase ends at "for"
                    break;
                }
            }
            if (e > i + 2 && e + 1 < content.end && isComplementStart(ts.get(e))) {
                int from = isThat(ts.get(e)) ? e : e + 1;
                Span body = content.after(from, true);
                if (body != null) {
                    add(ts.get(i).span(), content.span(i + 2, e), body, lemma, CueKind.NOUN, false);
                }
            }
        }
    }

    private static boolean isComplementStart(Token t) {
        String w = t.lower();
        return w.equals("that") || w.equals("for") || w.equals("over");
    }

    /**
     * A sentence whose subject is a source ("The source, in fact, dates Haftar's connections ..."):
     * its verb reports what the source says, whatever the verb. Only at the sentence's start, where
     * the subject is unambiguous.
     */
    private void sourceSubject(int head) {
        if (NounPhrases.startBefore(ts, head) != 0 && !(head > 0 && ts.get(0).isPos("DET") && head <= 3)) {
            return;
        }
        int j = head + 1;
        if (j < content.end && isComma(ts.get(j))) {
            int close = j + 1;
            while (close < content.end && close <= j + 6 && !isComma(ts.get(close))) {
                close++;
            }
            if (close >= content.end || !isComma(ts.get(close))) {
                return;
            }
            j = close + 1;
        }
        while (j < content.end && Tokens.isClauseAdverb(ts.get(j))) {
            j++;
        }
        if (j >= content.end) {
            return;
        }
        Token v = ts.get(j);
        boolean verbAfterAside = j > head + 1 && isComma(ts.get(j - 1)) && v.pos().startsWith("NOUN") && v.lower().endsWith("s");
        if (!v.isPos("VERB") && !verbAfterAside || lex.verb(v.lower()) != null || Tokens.isBe(v)) {
            return;
        }
        Span body = content.after(j + 1, true);
        if (body != null) {
            add(v.span(), content.span(0, head + 1), body, v.lower(), CueKind.VERB, false);
        }
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

    /**
     * "“...” ― Veronica Cruz": a quote credited after a dash at the end of its paragraph. The quote may
     * have begun sentences earlier; then the content here is null and the finder takes the paragraph.
     */
    private void dashCredit() {
        for (int d = 0; d < ts.size() - 1; d++) {
            if (!Tokens.isDash(ts.get(d)) || ts.get(d).text().equals("-") || d > 0 && !isQuote(ts.get(d - 1))) {
                continue;
            }
            int e = NounPhrases.endAfter(ts, d + 1);
            if (e == d + 1 || e < content.end) {
                return;
            }
            int q = d - 2;
            while (q >= 0 && !isQuote(ts.get(q))) {
                q--;
            }
            Span body = d == 0 ? null : q >= 0 ? content.span(q, d) : content.span(0, d);
            add(ts.get(d).span(), content.span(d + 1, e), body, DASH, CueKind.PUNCTUATION, false);
            return;
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
        if (i == 0 || !isNominal(ts.get(i - 1)) || t.isPos("AUX")) {
            return false;
        }
        if (i + 1 < ts.size() && (isThat(ts.get(i + 1)) || isQuote(ts.get(i + 1)) || ts.get(i + 1).text().equals(":"))) {
            return true;
        }
        // last word after ", <name>": "..., The Wall Street Journal reports.", "..., White House Doctor Says."
        if (i + 1 < content.end) {
            return false;
        }
        int s = NounPhrases.startBefore(ts, i - 1);
        return s > 0 && (isComma(ts.get(s - 1)) || isQuote(ts.get(s - 1)));
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
        // content before the cue group: "..., the spokesman said.", "“...,” he told me this week."; never for
        // a relative clause or a participle ("reports ... declaring its support")
        Span before = side.relative() || ing && !side.shared() || side.groupStart() == 0
                ? null : content.before(side.groupStart());
        Span body;
        if (after != null) {
            body = before != null && content.parentheticalAt(side.contentFrom()) ? before.union(after) : after;
        } else {
            body = before;
        }
        add(ts.get(i).span(), side.source(), body, verb.lemma(), CueKind.VERB, side.shared());
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
            while (j >= 0 && (ts.get(j).isPos("ADP") || ts.get(j).isPos("DET") || ts.get(j).isPos("ADJ")
                    || ts.get(j).isPos("ADV")) && !Tokens.isTime(ts.get(j))) {
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
