package news.credibility.extract;

import static news.credibility.extract.Tokens.isQuote;

import java.util.List;

import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Punctuation as a cue, for {@link PhraseCues}: a headline's or transcript's "Name: ..." and a
 * quote credited after a dash ("“...” ― Veronica Cruz"). Kept apart because it reads the shape of
 * the line (title case, capitals, where the colon stands) rather than words.
 */
final class PunctuationCues {

    /** The lemma of a dash that credits a quote. */
    static final String DASH = "―";

    private final SentenceReader sentence;
    private final List<Token> ts;
    private final ContentSpans content;

    PunctuationCues(SentenceReader sentence) {
        this.sentence = sentence;
        this.ts = sentence.tokens();
        this.content = sentence.content();
    }

    /** "Poll: Wealthy Voters Abandon ...", "Sanders: Endorsements prove ...": a short name, a colon, a statement. */
    void colon() {
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
}
