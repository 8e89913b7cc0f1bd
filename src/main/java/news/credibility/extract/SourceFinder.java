package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isNominal;
import static news.credibility.extract.Tokens.isQuote;

import java.util.List;

import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * The source of a reporting verb: the subject before it ("A spokesman for the State Department
 * told"), with its appositive ("Haftar, a captain in ..., claims"), the antecedent of a relative
 * pronoun ("an Israeli journalist, who claims"), the inverted subject after it ("..., said Mr.
 * Smith"), or the subject shared with an earlier cue of the sentence ("..., adding that").
 */
final class SourceFinder {

    /**
     * @param source      the source phrase
     * @param groupStart  first token of the source-and-cue group (content before it may be the content)
     * @param contentFrom first token after the cue group
     * @param relative    the cue sits in a relative clause: nothing before it is its content
     * @param shared      the source belongs to an earlier cue of the sentence
     */
    record SourceSide(Span source, int groupStart, int contentFrom, boolean relative, boolean shared) {
    }

    /** Longest participle or relative clause between a subject's noun and its cue, in tokens. */
    private static final int RELATIVE_TOKENS = 10;

    private SourceFinder() {
    }

    /**
     * @param k     the token before the verb once adverbs, auxiliaries and time phrases are skipped
     * @param verb  the verb's token index
     * @param ing   the verb is a present participle
     * @param earlier attributions already found in this sentence
     */
    /** Words that tie a participle to the sentence's subject: "by saying", "while noting", "after telling". */
    private static final java.util.Set<String> ING_LINKS = java.util.Set.of("by", "while", "after", "before", "when");

    static SourceSide find(List<Token> ts, int k, int verb, boolean ing, CueLexicon lex, List<Found> earlier,
                           ContentSpans content) {
        if (k >= 0 && Tokens.isRelative(ts.get(k))) {
            int h = k - 1;
            if (h >= 0 && isComma(ts.get(h))) {
                h--;
            }
            if (h >= 0 && isNominal(ts.get(h))) {
                return new SourceSide(content.span(NounPhrases.startBefore(ts, h), h + 1), k, verb + 1, true, false);
            }
            return null;
        }
        if (k > 2 && ts.get(k).text().equals(")")) {
            int open = NounPhrases.openingParenthesis(ts, k);
            if (open > 0 && NounPhrases.nominalAt(ts, open - 1)) {
                int s = NounPhrases.startBefore(ts, open - 1); // "Chairman Jason Chaffetz (R-Utah) said"
                return new SourceSide(content.span(s, k + 1), s, verb + 1, false, false);
            }
        }
        int[] relative = reducedRelative(ts, k);
        if (relative != null) {
            int end = relative.length > 1 ? relative[1] : k + 1;
            return new SourceSide(content.span(relative[0], end), relative[0], verb + 1, false, false);
        }
        // a capitalised word right before the cue is its subject's name, even where the tagger made it a
        // verb ("Trump/VERB said/VERB ...")
        boolean name = k >= 0 && k == verb - 1 && !ts.get(k).isPos("PUNCT")
                && (Character.isUpperCase(ts.get(k).text().charAt(0))
                    // "a State Department official/ADJ said": a mis-tagged head noun after its modifiers
                    || k > 0 && ts.get(k).isPos("ADJ") && (NounPhrases.nominalAt(ts, k - 1) || ts.get(k - 1).isPos("DET")));
        if (k >= 0 && (NounPhrases.nominalAt(ts, k) || name) && !Tokens.isTime(ts.get(k))) {
            int s = NounPhrases.startBefore(ts, k);
            if (ing && !progressive(ts, k, verb)) {
                // "the Jerusalem Post published an account from ... asserting": the relaying outlet joins the
                // source; otherwise a participle's subject is the nearest phrase ("footage of Trump saying")
                if (s >= 2 && lex.isRelayVerb(ts.get(s - 1).lower()) && isNominal(ts.get(s - 2))) {
                    int subject = NounPhrases.startBefore(ts, s - 2);
                    if (!relaysOther(ts, s, k)) {
                        // "Trump and Ryan issued a statement describing ...": the statement is theirs
                        return new SourceSide(content.span(subject, s - 1), subject, verb + 1, false, false);
                    }
                    s = subject;
                } else {
                    s = nearestPhraseStart(ts, k);
                }
            }
            return new SourceSide(content.span(s, k + 1), s, verb + 1, false, false);
        }
        if (k >= 0 && isComma(ts.get(k)) && !ing) {
            boolean[] aside = {false};
            int[] appositive = NounPhrases.appositive(ts, k, aside);
            if (appositive != null) {
                int end = aside[0] ? appositive[1] : k;
                int start = aside[0] ? appositive[0] : nameBeforeAppositive(ts, appositive[0]);
                if (!aside[0] && Appositives.relativeAsideOfKnownSource(ts, start, appositive[1])) {
                    end = appositive[1]; // "Barkley, who said he usually votes Democratic, said": "Barkley"
                }
                return new SourceSide(content.span(start, end), start, verb + 1, false, false);
            }
        }
        // a quotation's closing mark after its comma is a break too: "a defense of “New York values,” saying ..."
        boolean afterBreak = k < 0 || isComma(ts.get(k)) || ts.get(k).isPos("CCONJ")
                || ing && k > 0 && isQuote(ts.get(k)) && isComma(ts.get(k - 1))
                // "Rubio flipped his choice – saying ...", "distanced himself by saying ...", "while saying"
                || ing && (Tokens.isDash(ts.get(k)) || ING_LINKS.contains(ts.get(k).lower()));
        if ((ing || k >= 0 && ts.get(k).isPos("CCONJ")) && afterBreak) {
            return SharedSource.find(ts, verb, earlier, content);
        }
        if (afterBreak || isQuote(ts.get(k))) {
            return InvertedSource.find(ts, verb, content);
        }
        return null;
    }

    /**
     * A subject with a participle or relative clause after its noun: "A Quinnipiac University poll
     * released in late August found", "research conducted by the Center for ... found", "officials
     * who visited the site said". Returns {start of the subject} or null.
     */
    private static int[] reducedRelative(List<Token> ts, int k) {
        if (k >= 0 && ts.get(k).isPos("CCONJ")) {
            return null; // "Carson took the stage ... and called": a second verb of the subject, not a relative
        }
        for (int p = k; p >= 1 && p >= k - RELATIVE_TOKENS; p--) {
            Token t = ts.get(p);
            if (t.isPos("VERB")) {
                if (p == k && t.lower().endsWith("ed") && p > 0 && NounPhrases.nominalAt(ts, p - 1)) {
                    return new int[] {NounPhrases.startBefore(ts, p - 1)}; // "those surveyed said"
                }
                if (p == k || t.lower().endsWith("ing")) {
                    return null;
                }
                if (p >= 2 && Tokens.isRelative(ts.get(p - 1)) && NounPhrases.nominalAt(ts, p - 2)) {
                    return new int[] {NounPhrases.startBefore(ts, p - 2)}; // "officials who visited the site said"
                }
                if (ts.get(p + 1).isPos("DET") || ts.get(p + 1).isPos("PRON")) {
                    return null; // "Trump issued a statement describing": an active verb with its object
                }
                if (NounPhrases.nominalAt(ts, p - 1) && !Tokens.isPersonalPronoun(ts.get(p - 1))) {
                    // "A news report published Wednesday said": PolNeAR keeps the participle, date and all
                    return new int[] {NounPhrases.startBefore(ts, p - 1)};
                }
                if (p >= 2 && Tokens.isRelative(ts.get(p - 1)) && NounPhrases.nominalAt(ts, p - 2)) {
                    return new int[] {NounPhrases.startBefore(ts, p - 2)};
                }
                return null;
            }
            if (!NounPhrases.startsPhrase(t) && !t.isPos("ADP") && !Tokens.isTime(t) && !t.lower().equals("and")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The name an appositive with commas of its own describes: "Rachel Berg, a philanthropist from
     * Monsey, New York, said", "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said". Only where
     * the name opens the clause, so an introductory phrase ("In Iowa, ...") is never taken for one.
     */
    private static int nameBeforeAppositive(List<Token> ts, int start) {
        int s = start;
        for (int round = 0; round < 2 && s >= 2 && isComma(ts.get(s - 1)) && NounPhrases.nominalAt(ts, s - 2)
                && !Tokens.isTime(ts.get(s - 2)); round++) {
            int p = NounPhrases.startBefore(ts, s - 2);
            if (p > 0 && !ts.get(p - 1).isPos("CCONJ") && !isQuote(ts.get(p - 1)) || ts.get(p).isPos("ADP")) {
                break;
            }
            s = p;
        }
        return s;
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

    /** "Trump is insisting": an auxiliary "be" before the participle makes it the clause's verb, with a subject. */
    private static boolean progressive(List<Token> ts, int k, int verb) {
        for (int p = k + 1; p < verb; p++) {
            if (Tokens.isBe(ts.get(p))) {
                return true;
            }
        }
        return false;
    }
}
