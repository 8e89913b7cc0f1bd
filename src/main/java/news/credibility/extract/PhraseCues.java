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
 * in fact, dates ..."), a headline's or transcript's "Name: ...", and a quote credited after a dash.
 */
final class PhraseCues {

    /** The lemma of a dash that credits a quote. */
    static final String DASH = "―";

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

    /** "Poll: Wealthy Voters Abandon ...", "Sanders: Endorsements prove ...": a short name, a colon, a statement. */
    void colonCue() {
        int first = !ts.isEmpty() && isQuote(ts.get(0)) ? 1 : 0; // a transcript: "\"WALLACE: Governor, ..."
        for (int k = first + 1; k <= first + 6 && k + 1 < content.end; k++) {
            Token t = ts.get(k);
            if (t.text().equals(":")) {
                boolean phrase = NounPhrases.endAfter(ts, first) == k && content.after(k + 1, false) != null;
                boolean label = sentence.headline() && HEADLINE_LABELS.contains(ts.get(first).lower());
                if (!label && (phrase && (sentence.headline() || isSpeakerLabel(first, k) || isNamedStatement(first, k))
                        || sentence.headline() && isHeadlineSpeaker(first, k))) {
                    sentence.add(t.span(), content.span(first, k), content.span(k + 1, content.end), ":", CueKind.PUNCTUATION, false);
                }
                return;
            }
            if (!NounPhrases.startsPhrase(t) && !(sentence.headline() && Character.isUpperCase(t.text().charAt(0)))) {
                return;
            }
        }
    }

    /** Headline labels that name no speaker: "Breaking: ...", "Wow: ...", "The Latest: ...". */
    private static final java.util.Set<String> HEADLINE_LABELS = java.util.Set.of("the", "a", "an", "breaking", "wow",
            "look", "revealed", "watch", "video", "exclusive", "update", "just", "live", "report", "analysis", "opinion",
            "editorial", "review", "photos", "listen", "read");

    /**
     * "Trump/VERB: Cruz Has ‘To Come a Long Way’", "Lynch: No outside influence on FBI probe": in a
     * headline, one to three title-case words before a colon name who says what follows, whatever the
     * tagger made of them and whether or not a verb follows; never a label like "Breaking:".
     */
    private boolean isHeadlineSpeaker(int from, int colon) {
        if (colon - from < 1 || colon - from > 3 || content.end - colon < 3
                || HEADLINE_LABELS.contains(ts.get(from).lower())) {
            return false;
        }
        for (int k = from; k < colon; k++) {
            String w = ts.get(k).text();
            boolean titleCase = Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(java.util.Locale.ROOT));
            if (!titleCase || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * In body text a colon credits speech only after a transcript's speaker label ("WALLACE: ...");
     * elsewhere it introduces lists, notes and contacts ("Iowa: Tim Albrecht, ...", "Twitter: @x").
     */
    boolean isSpeakerLabel(int from, int colon) {
        for (int k = from; k < colon; k++) {
            String w = ts.get(k).text();
            if (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "Trump: Clinton should have congratulated me": a name, then a clause with a verb. */
    private boolean isNamedStatement(int from, int colon) {
        for (int k = from; k < colon; k++) {
            if (ts.get(k).text().length() < 2 || !Character.isUpperCase(ts.get(k).text().charAt(0))
                    || !NounPhrases.nominalAt(ts, k)) { // not an interview's "Q:" and "A:"
                return false;
            }
        }
        for (int k = colon + 1; k < content.end; k++) {
            if (Tokens.isVerbal(ts.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "“...” ― Veronica Cruz": a quote credited after a dash at the end of its paragraph. The quote may
     * have begun sentences earlier; then the content here is null and the finder takes the paragraph.
     */
    void dashCredit() {
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
            sentence.add(ts.get(d).span(), content.span(d + 1, e), body, DASH, CueKind.PUNCTUATION, false);
            return;
        }
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
