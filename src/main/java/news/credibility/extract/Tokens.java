package news.credibility.extract;

import java.util.List;
import java.util.Set;

import news.credibility.text.Token;

/** Word-class tests over UD-tagged tokens, tolerant of the tagger's usual slips on names. */
final class Tokens {

    private Tokens() {
    }

    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "''", "``", "„", "«", "»");
    private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been", "being", "'s", "’s", "am");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
    /** Pronouns that never name a source: interrogatives and relatives. */
    private static final Set<String> NOT_NOMINAL = Set.of("who", "which", "that", "whom", "what", "whose", "whatever");
    private static final Set<String> PERSONAL = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her", "them",
            "us", "me");
    private static final Set<String> SUBJECT = Set.of("he", "she", "they", "we", "i", "it", "he'd", "she'd", "they'd",
            "we'd", "i'd", "he's", "she's", "they're", "we're", "i'm", "it's", "he’d", "she’d", "they’d", "we’d",
            "i’d", "he’s", "she’s", "they’re", "we’re", "i’m", "it’s");
    private static final Set<String> POSSESSIVE_DET = Set.of("his", "her", "its", "their", "our", "my", "your");
    /** Closed-class words that are not names even when capitalised at a sentence start. */
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "but", "and", "or", "so", "in", "on", "at",
            "for", "to", "of", "with", "by", "from", "as", "if", "when", "while", "after", "before", "since", "because",
            "although", "though", "yet", "still", "also", "however", "meanwhile", "then", "there", "here", "this", "that",
            "these", "those", "what", "which", "who", "why", "how", "where", "not", "no", "yes", "it", "its", "during",
            // sentence adverbs that open a clause before its subject: "Even Rendell said", "Moreover, Sachs noted"
            "even", "now", "just", "moreover", "similarly", "alongside", "despite", "indeed", "perhaps", "instead",
            "thus", "furthermore", "likewise", "nor", "unlike", "like", "including", "among", "amid");
    private static final Set<String> TIME = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night",
            "weekend", "earlier", "later", "recently", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
            "dec.", "day", "days", "weeks", "months", "years", "ago");
    static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "to", "at", "from", "in", "with", "on", "about", "close", "by",
            "within", "inside", "like");

    /**
     * A quotation mark, alone or glued to the punctuation before or after it: the tokenizer keeps
     * ".”", "?”" and ",\"" whole.
     */
    static boolean isQuote(Token t) {
        String s = t.text();
        if (QUOTES.contains(s)) {
            return true;
        }
        if (s.length() > 3) {
            return false;
        }
        if (s.startsWith("''")) {
            return true; // three apostrophes close a quote that ends in a quote: "at 'independence,'''"
        }
        if (s.length() == 3 && s.endsWith("''") && ".?!,".indexOf(s.charAt(0)) >= 0) {
            return true; // two apostrophes as a closing double quote after punctuation: "Illinois?''"
        }
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                quote = true;
            } else if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return quote;
    }

    static boolean isBe(Token t) {
        return BE.contains(t.lower());
    }

    static boolean isRelative(Token t) {
        return RELATIVE.contains(t.lower()) && !t.isPos("SCONJ");
    }

    static boolean isPersonalPronoun(Token t) {
        return PERSONAL.contains(t.lower());
    }

    static boolean isTime(Token t) {
        return TIME.contains(t.lower());
    }

    static boolean isSentenceEnd(Token t) {
        String s = t.text();
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("...") || s.equals("…");
    }

    /** A quotation mark glued after a full stop, question or exclamation mark: ".”", "?\"". */
    static boolean endsSentenceAndQuote(Token t) {
        String s = t.text();
        // two apostrophes stand for a double quote in some feeds: "?''"
        return (s.length() == 2 || s.length() == 3 && s.endsWith("''")) && ".?!".indexOf(s.charAt(0)) >= 0 && isQuote(t);
    }

    static boolean isComma(Token t) {
        return t.text().equals(",");
    }

    static boolean isDash(Token t) {
        return t.isDash();
    }

    static boolean isThat(Token t) {
        return t.lower().equals("that");
    }

    static boolean isClauseAdverb(Token t) {
        return t.isPos("ADV") || t.isPos("PART") && !t.lower().equals("to") && !t.lower().equals("'s");
    }

    /** A word that can head or sit inside a noun phrase: noun, name, number, pronoun, capitalised word. */
    static boolean isNominal(Token t) {
        String p = t.pos();
        if (p.startsWith("NOUN") || p.startsWith("PROPN") || p.equals("NUM")) {
            return true;
        }
        if (p.equals("PRON")) {
            return !NOT_NOMINAL.contains(t.lower());
        }
        String s = t.text();
        if (s.length() >= 3 && s.length() <= 6 && s.endsWith(".") && Character.isUpperCase(s.charAt(0))
                && s.indexOf('.') == s.length() - 1) {
            return true; // a title: "Gov.", "Lt."
        }
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && !p.equals("VERB") && !p.equals("AUX")
                && !p.equals("PUNCT") && !FUNCTION.contains(t.lower());
    }

    /** A word that may stand before the head of a noun phrase. */
    static boolean isModifier(Token t) {
        return t.isPos("DET") || t.isPos("ADJ") || t.isPos("NUM") || POSSESSIVE_DET.contains(t.lower())
                || t.pos().endsWith("+PART") || t.text().equals("'s") || t.text().equals("’s");
    }

    /** "his", "her", "their", "its", "our", "my", "your". */
    static boolean isPossessiveDeterminer(Token t) {
        return POSSESSIVE_DET.contains(t.lower());
    }

    /** The word without a possessive "'s" or "’s" ending, with typographic apostrophes as plain ones. */
    static String withoutPossessive(String word) {
        String w = word.replace('’', '\'');
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    /** Index of the first token starting at or after {@code offset} ({@code ts.size()} if none): tokens are in text order. */
    static int indexAt(List<Token> ts, int offset) {
        return SortedLists.firstReaching(ts, t -> t.span().start() >= offset);
    }

    /** A closed-class word that is no name even when capitalised: "The", "However", "Even". */
    static boolean isFunctionWord(Token t) {
        return FUNCTION.contains(t.lower());
    }

    static boolean isVerbal(Token t) {
        return t.pos().contains("VERB") || t.pos().contains("AUX");
    }

    /** A subject pronoun: content that starts with one is a clause even where the tagger missed its verb. */
    static boolean isSubjectPronoun(Token t) {
        return SUBJECT.contains(t.lower());
    }

    static int skipBack(List<Token> ts, int k) {
        while (k >= 0 && (isClauseAdverb(ts.get(k)) || ts.get(k).isPos("AUX") || ts.get(k).pos().startsWith("AUX+"))) {
            k--;
        }
        return k;
    }
}
