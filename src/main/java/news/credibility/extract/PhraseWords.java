package news.credibility.extract;

import java.util.List;
import java.util.Set;

import news.credibility.text.Token;

/**
 * Words the tagger often mis-tags inside a noun phrase before a reporting verb, for the leftward
 * walk of {@link NounPhrases}: a capitalised word at the start of a sentence tagged as a verb
 * ("Ann/VERB Compton said", "Leading/VERB Democrats say"), a participle or verb-tagged noun used
 * as a modifier ("52 percent of registered/VERB voters", "exit/VERB polls", "A Reuters rolling/VERB
 * poll"), an adverb grading an adjective ("the publicly/ADV available evidence") and determiners
 * tagged as something else ("the/ADV brothers", "both/CCONJ candidates"). Kept apart from the walk
 * because each test here overrides a tag by the word's shape and its neighbours.
 */
final class PhraseWords {

    private PhraseWords() {
    }

    /** Determiners and quantifiers that open a phrase whatever their tag. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "both", "neither", "each", "every", "all",
            "those", "these", "some", "many", "most", "several", "other", "another");
    /** Adverbs that grade the adjective after them inside a noun phrase. */
    private static final Set<String> GRADING = Set.of("most", "more", "less", "least", "very", "so", "too");

    /**
     * Whether token {@code k}, left of a phrase starting at {@code k + 1}, belongs to it although its
     * tag says otherwise.
     */
    static boolean joinsLeft(List<Token> ts, int k) {
        Token t = ts.get(k);
        Token next = ts.get(k + 1);
        String w = t.lower();
        if (OPENERS.contains(w) && !t.isPos("PUNCT") && (Tokens.isNominal(next) || Tokens.isModifier(next))) {
            return true; // "the/ADV brothers", "both/CCONJ candidates"
        }
        if (t.isPos("ADV") && next.isPos("ADJ") && (w.endsWith("ly") || GRADING.contains(w))) {
            return true; // "the publicly available evidence", "his most passionate supporters"
        }
        boolean opensHere = k == 0 || opensPhraseAfter(ts.get(k - 1));
        if (isCapitalisedWord(t) && opensHere && !Tokens.isFunctionWord(t)) {
            return true; // a sentence-initial name or title the tagger made a verb: "Ann/VERB Compton"
        }
        if (isPossessive(t) && isCapitalisedWord(t)) {
            return true; // "Fox's/VERB Chris Wallace", "Clinton's/VERB advisers"
        }
        // a participle or a verb-tagged noun modifying the noun after it: "registered voters", "exit polls"
        return t.isPos("VERB") && Character.isLowerCase(t.text().charAt(0)) && next.pos().startsWith("NOUN")
                && opensHere;
    }

    /** A token after which a noun phrase may open: a determiner, adjective, preposition, conjunction or a break. */
    private static boolean opensPhraseAfter(Token before) {
        return before.isPos("DET") || before.isPos("ADJ") || before.isPos("NUM") || before.isPos("ADP")
                || before.isPos("CCONJ") || before.isPos("PUNCT") || before.isPos("SCONJ") || Tokens.isQuote(before);
    }

    private static boolean isCapitalisedWord(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0)) && Character.isLetter(t.text().charAt(0));
    }

    static boolean isPossessive(Token t) {
        String x = t.text();
        return x.length() > 2 && (x.endsWith("'s") || x.endsWith("’s"));
    }

    /** An article or demonstrative that opens a noun phrase: "the", "a", "this", "those"; not an initial ("James A. Lewis"). */
    static boolean isArticle(List<Token> ts, int k) {
        Token t = ts.get(k);
        return ARTICLES.contains(t.lower()) && !t.isPos("PRON") && !(k + 1 < ts.size() && ts.get(k + 1).text().equals("."));
    }

    /** A word that may stand before an article: "all the", "both the", "half the", "at least a dozen". */
    static boolean isPredeterminer(Token t) {
        return PREDETERMINERS.contains(t.lower());
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "these", "those");
    private static final Set<String> PREDETERMINERS = Set.of("all", "both", "half", "such", "quite");
}
