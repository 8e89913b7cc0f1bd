package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isNominal;
import static news.credibility.extract.Tokens.isQuote;

import java.util.List;

import news.credibility.extract.SourceFinder.SourceSide;
import news.credibility.text.Token;

/**
 * The subject of a reporting participle after a noun phrase, for {@link SourceFinder}: the relaying
 * outlet ("the Jerusalem Post published an account from ... asserting"), the clause's subject when
 * the phrase is the object of its verb ("Cruz is making a pitch to New York voters saying ..."), or
 * the phrase itself ("footage of Trump saying"). Kept apart because a participle's subject is
 * decided by the clause around the phrase, where the other cases read the phrase alone.
 */
final class ParticipleSubject {

    private ParticipleSubject() {
    }

    /**
     * @param s    start of the noun phrase before the participle
     * @param k    its last token
     * @param verb the participle's index
     */
    static SourceSide find(List<Token> ts, int s, int k, int verb, CueLexicon lex, List<Found> earlier,
                           ContentSpans content) {
        int start;
        if (s >= 2 && lex.isRelayVerb(ts.get(s - 1).lower()) && isNominal(ts.get(s - 2))) {
            int subject = NounPhrases.startBefore(ts, s - 2);
            if (!relaysOther(ts, s, k)) {
                // "Trump and Ryan issued a statement describing ...": the statement is theirs
                return new SourceSide(content.span(subject, s - 1), subject, verb + 1, false, false);
            }
            start = subject;
        } else if (objectOfVerb(ts, s) && !aboutPhrase(ts, nearestPhraseStart(ts, k))) {
            // the participle tells what the clause's subject said, not its object
            SourceSide subject = SharedSource.find(ts, verb, earlier, content);
            if (subject != null) { // the participle's content still ends at its comma, as before
                return new SourceSide(subject.source(), verb, verb + 1, false, false);
            }
            start = nearestPhraseStart(ts, k);
        } else {
            start = nearestPhraseStart(ts, k);
        }
        return new SourceSide(content.span(start, k + 1), start, verb + 1, false, false);
    }

    /** "Trump is insisting": an auxiliary "be" before the participle makes it the clause's verb, with a subject. */
    static boolean progressive(List<Token> ts, int k, int verb) {
        for (int p = k + 1; p < verb; p++) {
            if (Tokens.isBe(ts.get(p))) {
                return true;
            }
        }
        return false;
    }

    /** "an account from an unnamed Arab newspaper": the relayed object names a source of its own. */
    private static boolean relaysOther(List<Token> ts, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = ts.get(k).lower();
            if (w.equals("from") || w.equals("by")) {
                return true;
            }
        }
        return false;
    }

    /** Start of the phrase ending at {@code head} without crossing a preposition. */
    private static int nearestPhraseStart(List<Token> ts, int head) {
        int s = head;
        while (s > 0 && !Tokens.isPersonalPronoun(ts.get(s)) && (NounPhrases.nominalAt(ts, s - 1)
                || Tokens.isModifier(ts.get(s - 1)))) {
            s--;
        }
        return s;
    }

    /** Whether the phrase at {@code s} follows a finite verb of its clause: an object, not a subject. */
    private static boolean objectOfVerb(List<Token> ts, int s) {
        for (int p = s - 1; p >= 0; p--) {
            Token t = ts.get(p);
            if (isComma(t) || Tokens.isRelative(t) || isQuote(t) || t.isPos("SCONJ")) {
                return false;
            }
            if (t.isPos("VERB") && (!t.lower().endsWith("ing") || p > 0 && Tokens.isBe(ts.get(p - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "footage of Trump saying", "asked about Pope Francis calling": what the noun shows is the phrase saying it. */
    private static boolean aboutPhrase(List<Token> ts, int s) {
        return s > 0 && (ts.get(s - 1).lower().equals("of") || ts.get(s - 1).lower().equals("about"));
    }
}
