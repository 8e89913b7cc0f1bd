package news.credibility.extract;

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
            return Quantities.quantified(ts, head); // "most of them"
        }
        int s = head;
        // a determiner opens its phrase: left of it only a preposition, "and" or a quantity continues it
        // ("the only Amendment the Founding Fathers wrote": the subject is "the Founding Fathers")
        boolean opened = false;
        for (int k = head - 1; k >= 0; k--) {
            Token t = ts.get(k);
            if (t.lower().equals("her") && !isAnd(ts.get(k + 1))) {
                s = k; // possessive before a noun: "her spokesman"
                break;
            }
            if (isPersonalPronoun(t)) {
                if (Tokens.isSubjectPronoun(t) && isAnd(ts.get(k + 1))) {
                    s = k; // "she and other Democrats"
                }
                break;
            }
            boolean joins = nominalAt(ts, k) || isModifier(t) || isInnerHyphen(ts, k) || isNameDot(ts, k)
                    || k > 0 && isInnerHyphen(ts, k - 1) && !t.isPos("PUNCT") // "Texas-based", "U.S.-Libyan"
                    || k + 1 < head && isInnerHyphen(ts, k + 1) && !t.isPos("PUNCT") // "front-runner", "right-hand"
                    || PhraseWords.joinsLeft(ts, k);
            if (opened && joins && !PhraseWords.isPredeterminer(t)) {
                break;
            }
            if (joins) {
                s = k;
                opened |= PhraseWords.isArticle(ts, k);
            } else if (t.text().equals(")") && openingParenthesis(ts, k) > 0) {
                k = openingParenthesis(ts, k); // "Sen. David Perdue (R-Ga.)"
                s = k;
            } else if (t.isPos("ADP") && Tokens.NP_PREPOSITIONS.contains(t.lower()) && k > 0
                    && (nominalAt(ts, k - 1) || ts.get(k - 1).isPos("ADJ")) && !isTimePhrase(ts, k + 1, s)) {
                s = k;
                opened = false;
            } else if (isAnd(t) && k > 0 && startsPhrase(ts.get(k + 1)) && (nominalAt(ts, k - 1)
                    || ts.get(k - 1).isPos("ADJ") && isModifier(ts.get(k + 1)))) { // "current and former officials"
                s = k;
                opened = false;
            } else {
                break;
            }
        }
        // a phrase never starts with its preposition, conjunction or parenthesis
        while (s < head && (ts.get(s).isPos("ADP") || isAnd(ts.get(s)) || ts.get(s).text().equals("("))) {
            s++;
        }
        return Quantities.quantified(ts, s);
    }

    /** End index (exclusive) of the phrase starting at {@code start}, walking right; start if none. */
    static int endAfter(List<Token> ts, int start) {
        int e = start;
        boolean nominalSeen = false;
        for (int k = start; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (nominalAt(ts, k) && !(nominalSeen && isPersonalPronoun(t))) {
                e = k + 1;
                nominalSeen = true;
                if (isPersonalPronoun(t) && k == start) {
                    break;
                }
            } else if (isModifier(t) || isInnerHyphen(ts, k) || isNameDot(ts, k)) {
                continue;
            } else if (nominalSeen && t.text().equals("(") && closingParenthesis(ts, k) > 0) {
                k = closingParenthesis(ts, k);
                e = k + 1;
            } else if (nominalSeen && k + 1 < ts.size() && (t.isPos("ADP") && Tokens.NP_PREPOSITIONS.contains(t.lower())
                    || isAnd(t)) && startsPhrase(ts.get(k + 1)) && !isTimePhrase(ts, k + 1, ts.size())) {
                continue;
            } else {
                break;
            }
        }
        return nominalSeen ? e : start;
    }

    /** A nominal, or a capitalised word after a name whatever its tag ("Theresa May", "Corriere della Sera"). */
    static boolean nominalAt(List<Token> ts, int k) {
        Token t = ts.get(k);
        if (isNominal(t)) {
            return true;
        }
        return k > 0 && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0)) && !t.isPos("PUNCT")
                && ts.get(k - 1).pos().startsWith("PROPN");
    }

    /** The full stop of an abbreviated name part: "Charles B. Rangel", "Del. Stacey Plaskett". */
    static boolean isNameDot(List<Token> ts, int k) {
        if (!ts.get(k).text().equals(".") || k == 0 || k + 1 >= ts.size()) {
            return false;
        }
        String before = ts.get(k - 1).text();
        String after = ts.get(k + 1).text();
        return before.length() <= 4 && Character.isUpperCase(before.charAt(0))
                && !after.isEmpty() && Character.isUpperCase(after.charAt(0));
    }

    static int openingParenthesis(List<Token> ts, int close) {
        for (int k = close - 1; k >= 0 && k >= close - 8; k--) {
            if (ts.get(k).text().equals("(")) {
                return k;
            }
        }
        return -1;
    }

    private static int closingParenthesis(List<Token> ts, int open) {
        for (int k = open + 1; k < ts.size() && k <= open + 8; k++) {
            if (ts.get(k).text().equals(")")) {
                return k;
            }
        }
        return -1;
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
        return Appositives.appositive(ts, comma, parenthetical);
    }

    static boolean startsPhrase(Token t) {
        return isNominal(t) || isModifier(t);
    }

    private static boolean isAnd(Token t) {
        return t.lower().equals("and") || t.text().equals("&");
    }

    /** A hyphen inside a word ("U.S.-Libyan"), not a dash between phrases ("NEW YORK - Republican ..."). */
    private static boolean isInnerHyphen(List<Token> ts, int k) {
        return ts.get(k).text().equals("-") && k > 0 && k + 1 < ts.size()
                && (ts.get(k - 1).span().end() == ts.get(k).span().start()
                    || ts.get(k).span().end() == ts.get(k + 1).span().start());
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
