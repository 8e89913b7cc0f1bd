package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isNominal;
import static news.credibility.extract.Tokens.isQuote;
import static news.credibility.extract.Tokens.isThat;

import java.util.List;

import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Cues that are not reporting verbs: "according to", evidential "is said to", reporting nouns
 * ("claims that ...", "criticism from X for ..."), a source noun heading the subject ("The source,
 * in fact, dates ..."); colons and dashes are read by {@link PunctuationCues}.
 */
final class PhraseCues {

    /** The lemma of a dash that credits a quote. */
    static final String DASH = PunctuationCues.DASH;

    private final SentenceReader sentence;
    private final List<Token> ts;
    private final CueLexicon lex;
    private final ContentSpans content;

    PhraseCues(SentenceReader sentence) {
        this.sentence = sentence;
        this.ts = sentence.tokens();
        this.lex = sentence.lexicon();
        this.content = sentence.content();
    }

    /** "claims that Iran ...", "Trump's claim that ...", "criticism from the United Nations ... for leading ...". */
    void noun(int i, String lemma) {
        Token next = ts.get(i + 1);
        if (isThat(next) && !Tokens.isVerbal(ts.get(i + 2))) {
            Span source = i > 0 && ts.get(i - 1).pos().endsWith("+PART") ? ts.get(i - 1).span() : null;
            sentence.add(ts.get(i).span(), source, content.after(i + 1, false), lemma, CueKind.NOUN, false);
            return;
        }
        String w = next.lower();
        if ((w.equals("from") || w.equals("by")) && NounPhrases.startsPhrase(ts.get(i + 2))) {
            int e = NounPhrases.endAfter(ts, i + 2);
            for (int k = i + 3; k < e; k++) {
                if (isComplementStart(ts.get(k)) && opensComplement(k)) {
                    e = k; // "criticism from rights groups for jailing reporters": the phrase ends at "for"
                    break;
                }
            }
            if (e > i + 2 && e + 1 < content.end && isComplementStart(ts.get(e))) {
                int from = isThat(ts.get(e)) ? e : e + 1;
                Span body = content.after(from, true);
                if (body != null) {
                    sentence.add(ts.get(i).span(), content.span(i + 2, e), body, lemma, CueKind.NOUN, false);
                }
            }
        }
    }

    /**
     * "for" opens the noun's complement only before what someone is blamed for: "criticism from rights
     * groups for jailing reporters", "for his role"; inside a name it does not: "a report by the Center
     * for Economic and Policy Research found".
     */
    private boolean opensComplement(int k) {
        if (!ts.get(k).lower().equals("for") || k + 1 >= ts.size()) {
            return true;
        }
        Token next = ts.get(k + 1);
        return next.lower().endsWith("ing") || next.isPos("DET") || next.isPos("PRON")
                || !Character.isUpperCase(next.text().charAt(0)) && !next.isPos("ADJ");
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
    void sourceSubject(int head) {
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
        if (!v.isPos("VERB") && !verbAfterAside || lex.verb(v.lower()) != null || Tokens.isBe(v)
                || VerbCues.isReducedRelative(ts, j, content.end)) {
            return;
        }
        Span body = content.after(j + 1, true);
        if (body != null) {
            sentence.add(v.span(), content.span(0, head + 1), body, v.lower(), CueKind.VERB, false);
        }
    }

    /** A headline's or transcript's "Name: ..." ({@link PunctuationCues}). */
    void colonCue() {
        new PunctuationCues(sentence).colon();
    }

    /** "“...” ― Veronica Cruz" ({@link PunctuationCues}). */
    void dashCredit() {
        new PunctuationCues(sentence).dashCredit();
    }

    void according(int i) {
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
        sentence.add(cue, content.span(j, srcEnd), join(before, after), "according to", CueKind.ACCORDING_TO, false);
    }

    /** "which is said to have mediated", "was reported to have sought": a cue with no source. */
    void evidential(int i, String lemma) {
        Span cue = content.span(beBefore(i), i + 2);
        sentence.add(cue, null, content.after(i + 2, false), lemma, CueKind.EVIDENTIAL, false);
    }

    int beBefore(int i) {
        int k = i - 1;
        while (k >= 0 && Tokens.isClauseAdverb(ts.get(k))) {
            k--;
        }
        return k >= 0 && Tokens.isBe(ts.get(k)) ? k : -1;
    }

    private static Span join(Span before, Span after) {
        if (before != null && after != null) {
            return before.union(after);
        }
        return before != null ? before : after;
    }
}
