package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isModifier;
import static news.credibility.extract.Tokens.isNominal;
import static news.credibility.extract.Tokens.isPersonalPronoun;

import java.util.List;

import news.credibility.text.Token;

/**
 * Noun phrases found by walking tagged tokens left or right from a head: determiners, titles,
 * names, possessives and prepositional complements ("A spokesman for the State Department",
 * "the Israeli envoy to the UN"), optionally with an appositive between commas. Results are token
 * ranges {@code [start, end)}; every walk is linear and bounded by the sentence.
 */
final class NounPhrases {

    private NounPhrases() {
    }

    /** Start index of the phrase ending at nominal {@code head} (inclusive), walking left. */
    static int startBefore(List<Token> ts, int head) {
        if (isPersonalPronoun(ts.get(head))) {
            return head;
        }
        int s = head;
        for (int k = head - 1; k >= 0; k--) {
            Token t = ts.get(k);
            if (isPersonalPronoun(t)) {
                break;
            }
            if (isNominal(t) || isModifier(t) || isInnerHyphen(ts, k)) {
                s = k;
            } else if (t.isPos("ADP") && Tokens.NP_PREPOSITIONS.contains(t.lower()) && k > 0
                    && (isNominal(ts.get(k - 1)) || ts.get(k - 1).isPos("ADJ")) && !isTimePhrase(ts, k + 1, s)) {
                s = k;
            } else if (isAnd(t) && k > 0 && isNominal(ts.get(k - 1)) && isNominal(ts.get(k + 1))) {
                s = k;
            } else {
                break;
            }
        }
        // a phrase never starts with its preposition or conjunction
        while (s < head && (ts.get(s).isPos("ADP") || isAnd(ts.get(s)))) {
            s++;
        }
        return s;
    }

    /** End index (exclusive) of the phrase starting at {@code start}, walking right; start if none. */
    static int endAfter(List<Token> ts, int start) {
        int e = start;
        boolean nominalSeen = false;
        for (int k = start; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (isNominal(t) && !(nominalSeen && isPersonalPronoun(t))) {
                e = k + 1;
                nominalSeen = true;
                if (isPersonalPronoun(t) && k == start) {
                    break;
                }
            } else if (isModifier(t) || isInnerHyphen(ts, k)) {
                continue;
            } else if (nominalSeen && k + 1 < ts.size() && (t.isPos("ADP") && Tokens.NP_PREPOSITIONS.contains(t.lower())
                    || isAnd(t)) && startsPhrase(ts.get(k + 1)) && !isTimePhrase(ts, k + 1, ts.size())) {
                continue;
            } else {
                break;
            }
        }
        return nominalSeen ? e : start;
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
        for (int k = comma - 1; k >= 0 && k >= comma - 16; k--) {
            Token t = ts.get(k);
            if (isComma(t)) {
                c0 = k;
                break;
            }
            if (Tokens.isQuote(t) || Tokens.isSentenceEnd(t)) {
                return null;
            }
        }
        if (c0 < 1 || c0 + 1 >= comma || !isNominal(ts.get(c0 - 1))) {
            return null;
        }
        Token first = ts.get(c0 + 1);
        parenthetical[0] = first.isPos("ADP") || first.isPos("ADV") || first.isPos("CCONJ");
        boolean appositive = isModifier(first) || isNominal(first) || first.lower().equals("who");
        if (!parenthetical[0] && !appositive) {
            return null;
        }
        if (!parenthetical[0] && !first.lower().equals("who")) {
            for (int k = c0 + 1; k < comma; k++) {
                if (Tokens.isVerbal(ts.get(k)) && !ts.get(k).text().endsWith("ed")) {
                    return null; // a clause, not an appositive
                }
            }
        }
        return new int[] {startBefore(ts, c0 - 1), c0};
    }

    static boolean startsPhrase(Token t) {
        return isNominal(t) || isModifier(t);
    }

    private static boolean isAnd(Token t) {
        return t.lower().equals("and") || t.text().equals("&");
    }

    private static boolean isInnerHyphen(List<Token> ts, int k) {
        return Tokens.isDash(ts.get(k)) && ts.get(k).text().equals("-") && k > 0 && k + 1 < ts.size();
    }

    /** "on Tuesday", "last week", "in 2015": a time adverbial, not part of a source's name. */
    private static boolean isTimePhrase(List<Token> ts, int from, int to) {
        for (int k = from; k < to && k < ts.size(); k++) {
            Token t = ts.get(k);
            if (Tokens.isTime(t) || t.isPos("NUM") && t.text().length() == 4 && Character.isDigit(t.text().charAt(0))) {
                return true;
            }
            if (!isModifier(t) && !isNominal(t)) {
                return false;
            }
        }
        return false;
    }
}
