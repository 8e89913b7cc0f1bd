package news.credibility.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * What the words around a name tell of the person: the office next to it (a title before it,
 * "Iranian Foreign Minister Javad Zarif"; an appositive before or after it, "the presumptive
 * nominee, Donald Trump"; "Abdul Salam al-Badri, the deputy prime minister"), and the gender its
 * honorific or given name gives ("Mrs. Clinton", "Ivanka Trump").
 */
final class NameRoles {

    static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "dame", "mx.", "mx");
    private static final Set<String> MALE = Set.of("mr", "mr.", "sir");
    private static final Set<String> FEMALE = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame");
    private static final Set<String> FEMALE_NOUNS = Set.of("daughter", "wife", "mother", "sister", "woman", "girl", "widow", "aunt",
            "niece", "granddaughter", "grandmother", "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "actress",
            "queen", "princess", "lady", "mrs.", "ms.");
    private static final Set<String> MALE_NOUNS = Set.of("son", "husband", "father", "brother", "man", "boy", "widower", "uncle",
            "nephew", "grandson", "grandfather", "congressman", "spokesman", "chairman", "businessman", "actor", "king", "prince");
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "its", "his", "her", "their", "former", "then");

    private NameRoles() {
    }

    /**
     * Title words are the role, not the name: the name starts after the last role word followed by
     * more capitalised words ("Wells Fargo CEO John Stumpf" -> "John Stumpf"; "Minister Javad Zarif").
     */
    static List<Token> stripRoles(List<Token> run, SourcingLexicons lex) {
        int from = 0;
        for (int i = 0; i < run.size() - 1; i++) {
            if (lex.roleWords.contains(run.get(i).lower())) {
                from = i + 1;
            }
        }
        while (from < run.size() && (lex.roleWords.contains(run.get(from).lower()) && from == 0 && run.size() == 1
                || run.get(from).text().equals("-") || run.get(from).text().equals("."))) {
            from++;
        }
        while (from < run.size() - 1 && isLeadingCommonWord(run.get(from).lower(), lex)) {
            from++; // "Team Trump", "Ministry spokesman ..." : a common word before a name is not part of it
        }
        return run.subList(from, run.size());
    }

    private static boolean isLeadingCommonWord(String w, SourcingLexicons lex) {
        return SourcingLexicons.is(lex.institutions, w, "head") && !w.equals("state") || lex.anonymity.contains(w);
    }

    /** A surname on its own or after an honorific ("Zarif", "Mr. Obama"): its full name is found elsewhere. */
    static boolean isSurnameOnly(List<Token> words) {
        return words.size() == 1 || words.size() == 2 && HONORIFICS.contains(words.get(0).lower());
    }

    static String surname(List<Token> words) {
        return Tokens.withoutPossessive(words.get(words.size() - 1).lower());
    }

    /** "Mr. Trump's" names Mr. Trump. */
    static Span withoutPossessive(String text, Span span) {
        String t = span.text(text);
        return t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s")) ? new Span(span.start(), span.end() - 2) : span;
    }

    /** 'm' or 'f' from an honorific or a given name of the gazetteer, '?' where neither tells. */
    static char gender(List<Token> words, SourcingLexicons lex) {
        String first = words.get(0).lower();
        if (MALE.contains(first)) {
            return 'm';
        }
        if (FEMALE.contains(first)) {
            return 'f';
        }
        String g = words.size() > 1 ? lex.givenNames.attribute(first, "gender") : null;
        return g == null ? '?' : g.charAt(0);
    }

    /** 'm' or 'f' from a kinship or gendered noun right before the name or in an appositive after it ("his daughter Ivanka Trump"). */
    static char genderNear(String text, Sentence s, Span name) {
        List<Token> ts = s.tokens();
        int i = Tokens.indexAt(ts, name.start());
        for (int k = Math.max(0, i - 3); k < i; k++) {
            char g = genderOf(ts.get(k).lower());
            if (g != '?') {
                return g;
            }
        }
        int j = Math.max(i, Tokens.indexAt(ts, name.end()));
        if (j < ts.size() && ts.get(j).text().equals(",")) {
            for (int k = j + 1; k < Math.min(ts.size(), j + 5) && !ts.get(k).text().equals(","); k++) {
                char g = genderOf(ts.get(k).lower());
                if (g != '?') {
                    return g;
                }
            }
        }
        return '?';
    }

    private static char genderOf(String w) {
        return FEMALE_NOUNS.contains(w) ? 'f' : MALE_NOUNS.contains(w) ? 'm' : '?';
    }

    /** Whether the name opens on an honorific or on a given name of the gazetteer. */
    static boolean opensAsPersonName(List<Token> words, SourcingLexicons lex) {
        String first = words.get(0).lower();
        return HONORIFICS.contains(first) || words.size() > 1 && lex.givenNames.contains(first);
    }

    /** A role word among the five words before the name, in an appositive before it, or in one right after it. */
    static String roleNear(String text, Sentence s, Span name, SourcingLexicons lex) {
        int before = Math.max(s.span().start(), startOfWindow(s, name.start(), 5));
        for (PhraseMatcher.Match m : lex.roles.find(text, new Span(before, name.start()))) {
            return m.entry();
        }
        String ahead = appositiveBefore(text, s, name, lex);
        if (ahead != null) {
            return ahead;
        }
        int after = name.end();
        if (after < s.span().end() && text.charAt(after) == ',') {
            int end = text.indexOf(',', after + 1);
            Span appositive = new Span(after + 1, end < 0 ? s.span().end() : Math.min(end, s.span().end()));
            String a = appositive.text(text).trim().toLowerCase(Locale.ROOT);
            List<PhraseMatcher.Match> roles = lex.roles.find(text, appositive);
            if (!roles.isEmpty() && (APPOSITIVE_OPENERS.contains(a.split("\\s+")[0]) || opensOn(text, appositive, roles.get(0), 2))) {
                return roles.get(0).entry(); // "Michael J. Petrilli, president of ...", "Neil Sroka, communications director for ..."
            }
        }
        return null;
    }

    /** Whether the role match ends within the first {@code words} words of the appositive ("communications director"). */
    private static boolean opensOn(String text, Span appositive, PhraseMatcher.Match role, int words) {
        String before = text.substring(appositive.start(), role.span().start()).trim();
        int n = before.isEmpty() ? 0 : before.split("\\s+").length;
        return n + role.entry().split(" ").length <= words && before.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-');
    }

    /** "the presidential nominee, Donald Trump": : a definite description with a role, then a comma. */
    private static String appositiveBefore(String text, Sentence s, Span name, SourcingLexicons lex) {
        List<Token> ts = s.tokens();
        int i = Tokens.indexAt(ts, name.start());
        if (i < 2 || !ts.get(i - 1).text().equals(",")) {
            return null;
        }
        int from = i - 1;
        while (from > 0 && i - 1 - from < 7 && isTitleWord(ts.get(from - 1))) {
            from--;
        }
        boolean definite = from > 0 && Set.of("the", "a", "an").contains(ts.get(from - 1).lower())
                || from == 0 || ts.get(from - 1).text().equals(",");
        if (from == i - 1 || !definite) {
            return null;
        }
        for (PhraseMatcher.Match m : lex.roles.find(text, new Span(ts.get(from).span().start(), ts.get(i - 2).span().end()))) {
            return m.entry();
        }
        return null;
    }

    private static boolean isTitleWord(Token t) {
        return (t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("ADJ") || t.isPos("NUM")
                || t.text().equals(".") || t.text().equals("-")) && !t.pos().endsWith("+PART");
    }

    /**
     * Start of the title words right before {@code offset}: up to {@code tokens} nouns, names,
     * adjectives, numbers and title abbreviations, stopping at anything else ("held by Iranian
     * Foreign Minister | Javad Zarif"; "Donald Trump's daughter | Ivanka Trump" has no title).
     */
    private static int startOfWindow(Sentence s, int offset, int tokens) {
        List<Token> ts = s.tokens();
        int i = Tokens.indexAt(ts, offset);
        int from = i;
        while (from > 0 && i - from < tokens) {
            Token t = ts.get(from - 1);
            boolean of = t.lower().equals("of") && from > 1 && isTitleWord(ts.get(from - 2)); // "Secretary of State"
            if (!isTitleWord(t) && !of) {
                break;
            }
            from--;
        }
        return from < ts.size() ? ts.get(from).span().start() : offset;
    }
}
