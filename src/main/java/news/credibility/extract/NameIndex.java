package news.credibility.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import news.credibility.text.AnalyzedText;
import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * The names of the article (runs of capitalised words in body sentences, role words stripped) with
 * the office they come with, where the text gives one next to the name: a title before it
 * ("Iranian Foreign Minister Javad Zarif") or an appositive ("Abdul Salam al-Badri, the deputy
 * prime minister"; "the deputy prime minister of ..., Abdul Salam al-Badri"). Lets a later
 * surname ("Zarif stated") be typed and linked as the office holder first introduced.
 */
public final class NameIndex {

    /** One name mention: its span, its words, and the office found next to it (null if none). */
    public record Name(Span span, String name, String last, String role) {
    }

    private final List<Name> names;

    private NameIndex(List<Name> names) {
        this.names = List.copyOf(names);
    }

    public static NameIndex build(AnalyzedText analyzed, SourcingLexicons lex) {
        String text = analyzed.text();
        List<Name> out = new ArrayList<>();
        for (Sentence s : analyzed.bodySentences()) {
            for (List<Token> run : NounPhrase.namesIn(s.tokens())) {
                List<Token> words = stripRoles(run, lex);
                if (words.isEmpty()) {
                    continue;
                }
                Span span = NounPhrase.spanOf(words);
                String name = span.text(text);
                String last = surname(words);
                out.add(new Name(span, name, last, roleNear(text, s, span, lex)));
            }
        }
        return new NameIndex(out);
    }

    /** Leading title words ("Minister", "President", "General") are the role, not the name. */
    static List<Token> stripRoles(List<Token> run, SourcingLexicons lex) {
        int from = 0;
        while (from < run.size() && (lex.roleWords.contains(run.get(from).lower()) || run.get(from).text().equals("-"))) {
            from++;
        }
        return run.subList(from, run.size());
    }

    static String surname(List<Token> words) {
        return words.get(words.size() - 1).lower().replace('’', '\'').replaceAll("'s$", "");
    }

    /** A role word among the four words before the name or in an appositive right after it. */
    static String roleNear(String text, Sentence s, Span name, SourcingLexicons lex) {
        int before = Math.max(s.span().start(), startOfWindow(s, name.start(), 5));
        for (PhraseMatcher.Match m : lex.roles.find(text, new Span(before, name.start()))) {
            return m.entry();
        }
        int after = name.end();
        if (after < s.span().end() && text.charAt(after) == ',') {
            int end = text.indexOf(',', after + 1);
            Span appositive = new Span(after + 1, end < 0 ? s.span().end() : Math.min(end, s.span().end()));
            String a = appositive.text(text).trim().toLowerCase(Locale.ROOT);
            if (a.startsWith("a ") || a.startsWith("an ") || a.startsWith("the ") || a.startsWith("its ")) {
                List<PhraseMatcher.Match> roles = lex.roles.find(text, appositive);
                if (!roles.isEmpty()) {
                    return roles.get(0).entry();
                }
            }
        }
        return null;
    }

    private static int startOfWindow(Sentence s, int offset, int tokens) {
        List<Token> ts = s.tokens();
        int i = 0;
        while (i < ts.size() && ts.get(i).span().start() < offset) {
            i++;
        }
        return ts.isEmpty() ? offset : ts.get(Math.max(0, i - tokens)).span().start();
    }

    /**
     * The full name before {@code offset} whose surname is {@code surname}, or null; null too where
     * two different full names share it ("Saddam Haftar", "Khalifa Haftar"): a bare surname is then
     * ambiguous and stays as written.
     */
    public Name lastBefore(String surname, int offset) {
        Name found = null;
        for (Name n : names) {
            if (n.span().end() <= offset && n.last().equals(surname) && n.name().contains(" ")) {
                if (found != null && !found.name().equals(n.name())) {
                    return null;
                }
                found = n;
            }
        }
        return found;
    }

    /** The name at {@code span}'s position (same start), or null. */
    public Name at(Span span) {
        return names.stream().filter(n -> span.contains(n.span()) || n.span().contains(span)).findFirst().orElse(null);
    }

    /** The nearest name before {@code offset}, for pronouns. */
    public Name nearestBefore(int offset) {
        Name found = null;
        for (Name n : names) {
            if (n.span().end() <= offset) {
                found = n;
            }
        }
        return found;
    }

    public List<Name> names() {
        return names;
    }
}
