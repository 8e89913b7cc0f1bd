package news.credibility.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import news.credibility.text.AnalyzedText;
import news.credibility.text.Sentence;
import news.credibility.text.Span;

/**
 * The names of the article (runs of capitalised words in body sentences, role words stripped) with
 * the office and gender the text gives them. An office given anywhere in the article to a full name
 * ("Republican presidential candidate Donald Trump") goes with every mention of it, its bare surname
 * ("Trump said") and the pronouns standing for it, unless two people share that surname.
 */
public final class NameIndex {

    /**
     * One name mention: its span, words, surname, office found next to it (or null), gender ('m', 'f',
     * '?'), sentence, whether it looks like a person's, and whether it can be its sentence's subject
     * (not a possessive, not inside an opening phrase: "In the wake of President Obama's remarks, Trump ..."),
     * and whether it stands inside a quotation.
     */
    public record Name(Span span, String name, String last, String role, char gender, int sentence, boolean person, boolean subject,
                       boolean quoted) {
    }

    /** How many sentences back a pronoun looks for its antecedent. */
    private static final int SENTENCES_BACK = 4;

    private final List<Name> names;
    private final List<Sentence> sentences;
    /** Full names (two words or more, no honorific) by surname, in text order. */
    private final Map<String, List<Name>> fullNamesBySurname = new HashMap<>();
    /** The offices the article (or the gazetteer) gives its names. */
    private final NameOffices offices;

    public static NameIndex build(AnalyzedText analyzed, SourcingLexicons lex) {
        List<Sentence> body = analyzed.bodySentences();
        java.util.Set<String> persons = PoliticalCues.personSurnames(body, lex);
        Map<String, String> political = PoliticalCues.of(body, persons, lex);
        List<Name> out = NameCollector.collect(analyzed.text(), body, political, persons, lex);
        return new NameIndex(out, body, political, lex.officeHolders);
    }

    private NameIndex(List<Name> names, List<Sentence> sentences, Map<String, String> politicalSurnames, OfficeHolders gazetteer) {
        this.names = List.copyOf(names);
        this.sentences = sentences;
        for (Name n : this.names) {
            if (isFullName(n)) {
                fullNamesBySurname.computeIfAbsent(n.last(), k -> new ArrayList<>()).add(n);
            }
        }
        this.offices = new NameOffices(this, politicalSurnames, gazetteer);
    }

    /** Particles a surname may open on ("de Blasio", "van Hollen"): a name opening on one is a surname, not a full name. */
    private static final java.util.Set<String> SURNAME_PARTICLES = java.util.Set.of("de", "del", "della", "di", "da", "van", "von",
            "der", "le", "la", "al", "el", "du", "st.");

    static boolean isFullName(Name n) {
        String[] w = n.name().trim().split("[\\s\\u00A0]+");
        String first = w[0].toLowerCase(java.util.Locale.ROOT);
        return w.length > 1 && !NameRoles.HONORIFICS.contains(first) && !SURNAME_PARTICLES.contains(first);
    }

    static String key(Name n) {
        return PhraseMatcher.normalise(n.name());
    }

    /** The one full name the article gives {@code surname}, or null where it gives none or two different ones. */
    public Name onlyFullName(String surname) {
        Name found = null;
        for (Name n : fullNamesBySurname.getOrDefault(surname, List.of())) {
            if (found != null && !key(found).equals(key(n))) {
                return null;
            }
            found = found == null ? n : found;
        }
        return found;
    }

    /** The full name a mention stands for: itself, the one full name of its surname, or null. */
    public Name fullNameOf(Name n) {
        if (isFullName(n)) {
            return n;
        }
        Name only = onlyFullName(n.last());
        if (only != null || n.gender() == '?') {
            return only;
        }
        Name found = null; // "Mrs. Clinton" is Hillary Clinton, not Bill Clinton
        for (Name f : fullNamesBySurname.getOrDefault(n.last(), List.of())) {
            if (f.gender() == n.gender()) {
                if (found != null && !key(found).equals(key(f))) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    /** The office the article gives the person {@code n} names, anywhere: by its own text, else by its full name. */
    public String officeOf(Name n) {
        return offices.officeOf(n);
    }

    /** The office of the full name ending in {@code surname}, where the article gives it one person only. */
    public String officeOfSurname(String surname) {
        return offices.officeOfSurname(surname);
    }

    /** The full names (two words or more, no honorific) the article gives {@code surname}, in text order. */
    List<Name> fullNamesOf(String surname) {
        return fullNamesBySurname.getOrDefault(surname, List.of());
    }

    /** Whether some full name of the article ending in {@code surname} is a person's ("Bozell" after "Brent Bozell III"). */
    public boolean surnameOfPerson(String surname) {
        return fullNamesBySurname.getOrDefault(surname, List.of()).stream().anyMatch(Name::person);
    }

    /** The gender of {@code n}, or of its full name where its own words do not tell. */
    public char genderOf(Name n) {
        Name full = n.gender() == '?' ? fullNameOf(n) : n;
        return full == null ? '?' : full.gender();
    }

    /** The name at {@code span}'s position, or null. */
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
        return SortedLists.firstReaching(names, n -> n.span().end() > offset);
    }

    /**
     * The antecedent of a pronoun at {@code offset}: the nearest name before it in its own sentence
     * that passes {@code test}; else, sentence by sentence back, the first such name of the sentence
     * (the subject is the likelier antecedent than a name later in it: "Sanders questioned Mr.
     * Trump's veracity. He called him ..."). Looks back a bounded way.
     */
    public Name antecedent(int offset, Predicate<Name> test) {
        int lo = firstEndingAfter(offset);
        int here = sentenceOf(offset);
        Name leftmost = null;
        Name subject = null;
        int back = -1;
        for (int i = lo - 1; i >= 0; i--) {
            Name n = names.get(i);
            if (n.sentence() < here - SENTENCES_BACK || back >= 0 && n.sentence() != back) {
                break;
            }
            if (!test.test(n)) {
                continue;
            }
            if (n.sentence() == here) {
                return n;
            }
            back = n.sentence();
            leftmost = n;
            subject = n.subject() ? n : subject;
        }
        return subject != null ? subject : leftmost;
    }

    /** The index of the body sentence holding {@code offset}, or of the last before it. */
    int sentenceOf(int offset) {
        return SortedLists.firstReaching(sentences, s -> s.span().end() > offset);
    }

    /** The body sentences, for looking back from a pronoun. */
    List<Sentence> sentences() {
        return sentences;
    }

    public List<Name> names() {
        return names;
    }
}
