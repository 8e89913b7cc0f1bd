package news.credibility.extract;

import java.util.ArrayList;
import java.util.List;

import news.credibility.text.Token;

/**
 * Mends the tagger's commonest slips around reporting verbs before a sentence is read, where the
 * cue words themselves show what the slip is: "a poll/VERB shows" (a source noun before a reporting
 * verb is a noun), "a poll shows/NOUN Sanders leading" (a reporting verb's -s form between its
 * subject and the start of a clause is a verb), "the minister’s/PUNCT spokesman" (a word is no punctuation). Spans stay as they are; only tags change.
 */
final class Retagger {

    /** Quantities that stand for people as a subject: "half said", "most say". */
    private static final java.util.Set<String> QUANTITIES = java.util.Set.of("half", "most", "many", "some", "few",
            "several", "others", "majority", "third", "quarter", "both", "all");

    private Retagger() {
    }

    private static boolean isNominalTag(Token t) {
        return t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("PRON") || t.isPos("NUM");
    }

    static List<Token> mend(List<Token> ts, CueLexicon lex) {
        List<Token> out = null;
        boolean titleCase = isTitleCase(ts);
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            String pos = null;
            if (titleCase && isTitleCaseCue(ts, i, lex)) {
                pos = "VERB"; // "Bellwether County Says/PROPN Trump Should Win": a headline's capitals mislead the tagger
            } else if (t.isPos("PUNCT") && t.text().chars().anyMatch(Character::isLetter)) {
                pos = wordTag(t); // "the prime minister’s/PUNCT spokesman"
            } else if (t.lower().equals("including") && t.isPos("VERB")) {
                pos = "ADP"; // "newspapers, including the Asbury Park Press, said": an aside, not a clause
            } else if (QUANTITIES.contains(t.lower()) && !isNominalTag(t) && i + 1 < ts.size()
                    && lex.verb(ts.get(i + 1).lower()) != null) {
                pos = "NOUN"; // "Nearly half/ADV said they prefer ..."
            } else if (t.isPos("AUX") && lex.verb(t.lower()) != null) {
                pos = "VERB"; // "Bond said/AUX onstage": no reporting verb is an auxiliary
            } else if (t.isPos("VERB") && i >= 2 && NounPhrases.isNameDot(ts, i - 1)) {
                pos = "PROPN"; // "Virgie M. Rollins/VERB": a name goes on after an initial
            } else if (isSourceNounMistagged(ts, i, lex) || isSubjectHeadMistagged(ts, i, lex)) {
                pos = "NOUN";
            } else if (isVerbMistagged(ts, i, lex) || isPresentVerbMistagged(ts, i)) {
                pos = "VERB";
            }
            if (pos != null) {
                if (out == null) {
                    out = new ArrayList<>(ts);
                }
                out.set(i, new Token(t.span(), t.text(), pos));
            }
        }
        return out == null ? ts : out;
    }

    /**
     * "The billionaire real estate magnate/VERB says", "sources privy to negotiations/VERB say": a bare
     * "verb" after a determiner, adjective or noun and right before a reporting verb is the head noun of
     * its subject (two verbs in a row never follow a determiner or a noun so).
     */
    private static boolean isSubjectHeadMistagged(List<Token> ts, int i, CueLexicon lex) {
        Token t = ts.get(i);
        String w = t.lower();
        if (!t.isPos("VERB") || i == 0 || i + 1 >= ts.size() || w.endsWith("ed") || w.endsWith("ing")
                || !Character.isLowerCase(t.text().charAt(0)) || lex.verb(w) != null) {
            return false;
        }
        Token prev = ts.get(i - 1);
        Token next = ts.get(i + 1);
        return (prev.isPos("DET") || prev.isPos("ADJ") || prev.isPos("NOUN") || prev.isPos("PROPN"))
                && !Tokens.isRelative(prev) && next.isPos("VERB") && lex.verb(next.lower()) != null
                && !next.lower().endsWith("ing");
    }

    /** A headline in title case: at least four words, nearly all of them capitalised. */
    static boolean isTitleCase(List<Token> ts) {
        int[] counts = capitalisedWords(ts);
        return counts[0] >= 4 && counts[1] >= counts[0] - 1;
    }

    /** Headline style, looser: most words capitalised ("Mike Pence Calls for Special Prosecutor after ..."). */
    static boolean isHeadlineCase(List<Token> ts) {
        int[] counts = capitalisedWords(ts);
        return counts[0] >= 3 && counts[1] * 5 >= counts[0] * 3;
    }

    /** {words, capitalised words} of a sentence. */
    private static int[] capitalisedWords(List<Token> ts) {
        int words = 0;
        int capitalised = 0;
        for (Token t : ts) {
            String x = t.text();
            if (!x.isEmpty() && Character.isLetter(x.charAt(0))) {
                words++;
                if (Character.isUpperCase(x.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return new int[] {words, capitalised};
    }

    /**
     * In a title-case headline, a reporting verb's -s form after a name or noun is the headline's verb:
     * "Hillary Clinton Says/PROPN EgyptAir Crash Seems ...", "Lawmaker Urges/PROPN Retaliation".
     */
    private static boolean isTitleCaseCue(List<Token> ts, int i, CueLexicon lex) {
        Token t = ts.get(i);
        String w = t.lower();
        return i > 0 && i + 1 < ts.size() && !t.pos().startsWith("VERB") && w.endsWith("s") && !w.endsWith("ss")
                && lex.verb(w) != null && NounPhrases.nominalAt(ts, i - 1) && !ts.get(i - 1).isPos("DET")
                && !ts.get(i + 1).isPos("PUNCT");
    }

    /**
     * "each year of education yields/NOUN a 10% bump": an -s form between a singular noun and a
     * determiner or number is the clause's verb (two nouns in a row are never followed by "a").
     */
    private static boolean isPresentVerbMistagged(List<Token> ts, int i) {
        Token t = ts.get(i);
        String w = t.text();
        if (!t.isPos("NOUN") || i == 0 || i + 1 >= ts.size() || !w.endsWith("s") || w.endsWith("ss")
                || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        Token prev = ts.get(i - 1);
        Token next = ts.get(i + 1);
        return prev.isPos("NOUN") && !prev.text().endsWith("s") && (next.isPos("DET") && !next.lower().equals("that")
                || next.isPos("NUM"));
    }

    /** A word the tagger took for punctuation: a noun or name, possessive where it ends in "'s". */
    private static String wordTag(Token t) {
        String x = t.text();
        String head = Character.isUpperCase(x.charAt(0)) ? "PROPN" : "NOUN";
        return x.endsWith("’s") || x.endsWith("'s") ? head + "+PART" : head;
    }

    /** "The PPIC poll/VERB shows", "Polls/VERB show that": a source noun right before a reporting verb. */
    private static boolean isSourceNounMistagged(List<Token> ts, int i, CueLexicon lex) {
        Token t = ts.get(i);
        return !t.pos().startsWith("NOUN") && !t.pos().startsWith("PROPN") && lex.isSourceNoun(t.lower())
                && i + 1 < ts.size() && lex.verb(ts.get(i + 1).lower()) != null
                && (i == 0 || !ts.get(i - 1).isPos("AUX") && !ts.get(i - 1).isPos("PART"));
    }

    /**
     * "a poll shows/NOUN Sanders leading": an -s form of a reporting verb after a noun that is no
     * possessive, before a word that opens a clause or an object (a name, a determiner, "that").
     */
    private static boolean isVerbMistagged(List<Token> ts, int i, CueLexicon lex) {
        Token t = ts.get(i);
        String w = t.lower();
        if (!t.pos().startsWith("NOUN") || !w.endsWith("s") || lex.verb(w) == null || i == 0 || i + 1 >= ts.size()) {
            return false;
        }
        Token prev = ts.get(i - 1);
        Token after = ts.get(i + 1);
        if (Character.isUpperCase(prev.text().charAt(0)) && (Tokens.isThat(after) || after.text().equals(":"))
                && !prev.isPos("DET") && !prev.isPos("ADP") && !prev.isPos("PRON") && !prev.isPos("CCONJ")
                && !prev.isPos("SCONJ") && !prev.isPos("AUX") && !prev.isPos("PUNCT")) {
            return true; // "Trump/VERB asserts/NOUN that ...": a name, whatever its tag, then the verb and "that"
        }
        if (!(prev.isPos("NOUN") || prev.isPos("PROPN")) || prev.text().endsWith("s") && !lex.isSourceNoun(prev.lower())
                && !Character.isUpperCase(prev.text().charAt(0))) {
            return false; // "voters' claims", "the Democrats claims": plural nouns before it are too ambiguous
        }
        Token next = ts.get(i + 1);
        if (lex.isSourceNoun(prev.lower()) && !prev.text().endsWith("s") && Character.isLetter(next.text().charAt(0))
                && !next.lower().equals("of")) {
            return true; // "a poll shows/NOUN upstart Sen. Bernie Sanders leading": a study's verb
        }
        String lemma = lex.verb(w).lemma();
        if (next.lower().equals("for") && (lemma.equals("call") || lemma.equals("ask"))) {
            return true; // "Sanders calls/NOUN for credit score reform"
        }
        if (next.lower().equals("to") && i + 2 < ts.size() && ts.get(i + 2).isPos("VERB")
                && lex.verb(w).frame() == CueLexicon.Frame.NEEDS_TO) {
            return true; // "a memo circulated by the campaign purports/NOUN to show", "the ministry declines/NOUN to say"
        }
        return Tokens.isThat(next) || next.isPos("DET") || next.isPos("PROPN") || next.isPos("NUM")
                || Tokens.isQuote(next) || next.text().equals(":")
                || next.isPos("ADV") && Character.isUpperCase(next.text().charAt(0));
    }
}
