package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isModifier;

import java.util.List;
import java.util.Set;

import news.credibility.text.Token;

/**
 * Appositives and asides between commas before a cue, for {@link NounPhrases}: "Haftar, a captain
 * in the Libyan National Army, claims", "Iran, for its part, denies". Kept apart from the phrase
 * walks because it decides whether the words between two commas describe a name or form a clause.
 */
final class Appositives {

    /** Longest appositive looked back over, in tokens. */
    private static final int APPOSITIVE_TOKENS = 30;

    private Appositives() {
    }

    /**
     * Where a phrase ending just before {@code comma} continues an appositive or relative clause
     * back to an earlier comma ("Haftar, a captain in the Libyan National Army, claims"), the
     * start of the whole phrase and the index of the first comma; null where the words before the
     * comma are no appositive.
     * {@code parenthetical[0]} is set where the commas hold an aside ("Iran, for its part, denies"):
     * then the source is the phrase before the first comma alone.
     */
    static int[] appositive(List<Token> ts, int comma, boolean[] parenthetical) {
        int c0 = -1;
        for (int k = comma - 1; k >= 0 && k >= comma - APPOSITIVE_TOKENS; k--) {
            Token t = ts.get(k);
            if (isComma(t)) {
                c0 = k;
                break;
            }
            if (Tokens.isQuote(t) || Tokens.isSentenceEnd(t) && !NounPhrases.isNameDot(ts, k)) {
                return null;
            }
        }
        int nameEnd = c0 - 1;
        if (nameEnd > 1 && ts.get(nameEnd).text().equals(")") && NounPhrases.openingParenthesis(ts, nameEnd) > 0) {
            nameEnd = NounPhrases.openingParenthesis(ts, nameEnd) - 1; // "Rep. Jim Jordan (R-Ohio), an oversight panel member,"
        }
        if (c0 < 1 || c0 + 1 >= comma || nameEnd < 0 || !NounPhrases.nominalAt(ts, nameEnd)) {
            return null;
        }
        Token first = ts.get(c0 + 1);
        parenthetical[0] = first.isPos("ADP") || first.isPos("ADV") || first.isPos("CCONJ");
        boolean appositive = isModifier(first) || NounPhrases.nominalAt(ts, c0 + 1) || first.lower().equals("who");
        if (!parenthetical[0] && !appositive) {
            return null;
        }
        if (!parenthetical[0]) {
            for (int k = c0 + 1; k < comma && !Tokens.isRelative(ts.get(k)); k++) {
                String w = ts.get(k).lower();
                if (Tokens.isVerbal(ts.get(k)) && !w.endsWith("ed") && !(w.endsWith("ing") && k > c0 + 1)
                        && !isMistaggedCompound(ts, k)) {
                    // a clause, not an appositive; "who ..." or a participle may follow the appositive's noun
                    // ("an Iranian journalist visiting Nice on vacation")
                    return null;
                }
            }
        }
        return new int[] {NounPhrases.startBefore(ts, nameEnd), c0};
    }

    /**
     * A verb tag inside a noun compound ("the center-left think/VERB tank", "a talk/VERB show host"): a
     * bare verb form between a determiner, modifier or noun and a common noun, which a clause's verb almost never is.
     */
    private static boolean isMistaggedCompound(List<Token> ts, int k) {
        return ts.get(k).isPos("VERB") && k > 0 && k + 1 < ts.size()
                && (ts.get(k - 1).isPos("NOUN") || ts.get(k - 1).isPos("ADJ") || ts.get(k - 1).isPos("DET"))
                && ts.get(k + 1).isPos("NOUN")
                && Character.isLowerCase(ts.get(k).text().charAt(0)) && !ts.get(k).lower().endsWith("s");
    }

    /** Honorifics that, before a bare surname, mark a later mention in news style: "Mr. Paulson". */
    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr");

    /**
     * Whether a relative clause between commas after the phrase {@code [start, comma)} is an aside
     * that PolNeAR leaves out of the source: after a later mention of someone already introduced (a
     * surname, "Mr. Paulson") or a description ("The lawmaker, who represents ...,", "A White House
     * official, who requested anonymity ...,"). After a full name the clause introduces the person and
     * stays ("Ann Compton, who covered the White House for 40 years, said"). Measured on PolNeAR
     * train: 44 such clauses left out after a short mention against 20 kept; after a full name 10
     * against 27.
     */
    static boolean relativeAsideOfKnownSource(List<Token> ts, int start, int comma) {
        if (comma + 1 >= ts.size() || !Set.of("who", "whose").contains(ts.get(comma + 1).lower()) || start >= comma) {
            return false;
        }
        int n = comma - start;
        Token first = ts.get(start);
        boolean honorific = HONORIFICS.contains(first.lower()) || n == 3 && HONORIFICS.contains(first.lower() + ".");
        if (n == 1 || honorific && n <= 3) {
            return true; // "Trump", "Mr. Paulson" ("Mr" "." "Paulson")
        }
        if (Set.of("a", "an", "the", "one").contains(first.lower())) {
            return true;
        }
        for (int k = start; k < comma; k++) {
            if (NounPhrase.isCapitalised(ts.get(k))) {
                return false;
            }
        }
        return true;
    }
}
