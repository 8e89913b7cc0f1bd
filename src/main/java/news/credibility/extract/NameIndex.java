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

    private static final java.util.Set<String> CALENDAR = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    private static final java.util.Set<String> FUNCTION = java.util.Set.of("ADP", "SCONJ", "CCONJ", "ADV", "AUX", "VERB", "PART", "INTJ");

    /** How many names back a pronoun looks for its antecedent. */
    private static final int LOOK_BACK = 30;

    private final List<Name> names;

    /** Full names (two words or more) by surname, in text order: a surname finds its full name without a scan. */
    private final java.util.Map<String, List<Name>> fullNamesBySurname = new java.util.HashMap<>();

    private NameIndex(List<Name> names) {
        this.names = List.copyOf(names);
        for (Name n : this.names) {
            String[] w = n.name().trim().split("[\\s\\u00A0]+");
            if (w.length > 1 && !HONORIFICS.contains(w[0].toLowerCase(java.util.Locale.ROOT))) {
                fullNamesBySurname.computeIfAbsent(n.last(), k -> new ArrayList<>()).add(n);
            }
        }
    }

    public static NameIndex build(AnalyzedText analyzed, SourcingLexicons lex) {
        String text = analyzed.text();
        List<Name> out = new ArrayList<>();
        for (Sentence s : analyzed.bodySentences()) {
            for (List<Token> found : NounPhrase.namesIn(s.tokens())) {
                List<Token> run = found;
                if (run.get(0) == s.tokens().get(0) && FUNCTION.contains(run.get(0).pos())) {
                    run = run.subList(1, run.size()); // "As Clinton ...", "On Wednesday ..."
                }
                if (run.isEmpty()) {
                    continue;
                }
                List<Token> words = stripRoles(run, lex);
                if (words.isEmpty() || CALENDAR.contains(words.get(0).lower())
                        || words.size() == 1 && words.get(0) == s.tokens().get(0) && !words.get(0).pos().startsWith("PROPN")) {
                    continue; // "Monday", or a capitalised common word opening the sentence ("Attempts to ...")
                }
                Span span = withoutPossessive(text, NounPhrase.spanOf(words));
                String name = span.text(text);
                String last = surname(words);
                out.add(new Name(span, name, last, roleNear(text, s, span, lex)));
            }
        }
        return new NameIndex(out);
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
                || run.get(from).text().equals("-"))) {
            from++;
        }
        return run.subList(from, run.size());
    }

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "miss", "sir", "dame", "mx.", "mx");

    /** A surname on its own or after an honorific ("Zarif", "Mr. Obama"): its full name is found before it. */
    static boolean isSurnameOnly(List<Token> words) {
        return words.size() == 1 || words.size() == 2 && HONORIFICS.contains(words.get(0).lower());
    }

    /** "Mr. Trump's" names Mr. Trump. */
    static Span withoutPossessive(String text, Span span) {
        String t = span.text(text);
        return t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s")) ? new Span(span.start(), span.end() - 2) : span;
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

    /**
     * Start of the title words right before {@code offset}: up to {@code tokens} nouns, names,
     * adjectives, numbers and title abbreviations, stopping at anything else ("held by Iranian
     * Foreign Minister | Javad Zarif"; "Donald Trump's daughter | Ivanka Trump" has no title).
     */
    private static int startOfWindow(Sentence s, int offset, int tokens) {
        List<Token> ts = s.tokens();
        int i = 0;
        while (i < ts.size() && ts.get(i).span().start() < offset) {
            i++;
        }
        int from = i;
        while (from > 0 && i - from < tokens) {
            Token t = ts.get(from - 1);
            boolean title = t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("ADJ") || t.isPos("NUM")
                    || t.text().equals(".") || t.text().equals("-");
            if (!title || t.pos().endsWith("+PART")) {
                break;
            }
            from--;
        }
        return from < ts.size() ? ts.get(from).span().start() : offset;
    }

    /**
     * The full name before {@code offset} whose surname is {@code surname}, or null; null too where
     * two different full names share it ("Saddam Haftar", "Khalifa Haftar"): a bare surname is then
     * ambiguous and stays as written.
     */
    public Name lastBefore(String surname, int offset) {
        Name found = null;
        for (Name n : fullNamesBySurname.getOrDefault(surname, List.of())) {
            if (n.span().end() > offset) {
                break;
            }
            if (found != null && !found.name().equals(n.name())) {
                return null;
            }
            found = n;
        }
        return found;
    }

    /** The office last given before {@code offset} to a name ending in {@code surname} ("President Obama" before "Mr. Obama"). */
    public String roleBefore(String surname, int offset) {
        for (int i = firstEndingAfter(offset) - 1, seen = 0; i >= 0 && seen < 500; i--, seen++) {
            Name n = names.get(i);
            if (n.last().equals(surname) && n.role() != null) {
                return n.role();
            }
        }
        return null;
    }

    /** The name at {@code span}'s position (same start), or null. */
    public Name at(Span span) {
        for (int i = firstEndingAfter(span.start()); i < names.size() && names.get(i).span().start() < span.end(); i++) {
            Name n = names.get(i);
            if (span.contains(n.span()) || n.span().contains(span)) {
                return n;
            }
        }
        return null;
    }

    /** Index of the first name ending after {@code offset} (names are in text order). */
    private int firstEndingAfter(int offset) {
        int lo = 0, hi = names.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (names.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The nearest name before {@code offset} that passes {@code test}, for pronouns; looks back a bounded way. */
    public Name nearestBefore(int offset, java.util.function.Predicate<Name> test) {
        int lo = firstEndingAfter(offset);
        for (int i = lo - 1, seen = 0; i >= 0 && seen < LOOK_BACK; i--, seen++) {
            if (test.test(names.get(i))) {
                return names.get(i);
            }
        }
        return null;
    }

    public List<Name> names() {
        return names;
    }
}
