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
 *
 * <p>What PolNeAR puts in a source span, read from the gold of train (counts there):
 * <ul>
 * <li>the whole noun phrase with determiner, titles, quantity and complements: "52 percent of
 *     registered voters", "Aides to Clinton", "Republican presidential front-runner Donald Trump"
 *     ({@link NounPhrases}, {@link PhraseWords}, {@link Quantities});</li>
 * <li>a participle after the noun, date and all: "A poll released Sunday" (13 of 14);</li>
 * <li>an appositive, with its closing comma, before or after the cue: "Phil Smith, a spokesman
 *     for the union," (585 of 638 before; 56 of 79 after; {@code BratWriter.polnearSource});</li>
 * <li>a relative clause after a full name ("Ann Compton, who covered ..., said": 27 of 37), not after
 *     a surname, "Mr. X" or a description ("Barkley, who ..., said": 44 of 64 leave it out;
 *     {@link Appositives#relativeAsideOfKnownSource});</li>
 * <li>not how or when it was said: "said X in a statement", "said X, at its convention"
 *     ({@link NounPhrases}, {@link InvertedSource}); not the "by" of a passive agent (73 of 76);</li>
 * <li>a participle's source is its clause's subject, unless it depicts the phrase ("footage of Trump
 *     saying"; {@link ParticipleSubject}).</li>
 * </ul>
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
        int[] relative = reducedRelative(ts, k, ing);
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
            if (!ing) {
                s = Appositives.openingWithoutClosingComma(ts, s, k, verb);
            }
            if (ing && !ParticipleSubject.progressive(ts, k, verb)) {
                return ParticipleSubject.find(ts, s, k, verb, lex, earlier, content);
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
    private static int[] reducedRelative(List<Token> ts, int k, boolean ing) {
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
                if (ts.get(p + 1).isPos("DET") || ts.get(p + 1).isPos("PRON") || ing && hasObject(ts, p + 1)) {
                    // "Trump issued a statement describing", "His office put out a statement saying", "The
                    // senator emailed supporters saying": an active verb with its object
                    return null;
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

    /** An object after a verb, past a particle: "out a statement", "back a response", "supporters". */
    private static boolean hasObject(List<Token> ts, int k) {
        int o = k < ts.size() && (ts.get(k).isPos("ADP") || ts.get(k).isPos("PART")) ? k + 1 : k;
        return o < ts.size() && (ts.get(o).isPos("DET") || ts.get(o).isPos("PRON") || ts.get(o).pos().startsWith("NOUN")
                || ts.get(o).isPos("ADJ"));
    }
}
