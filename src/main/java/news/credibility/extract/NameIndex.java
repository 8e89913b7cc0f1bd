package news.credibility.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import news.credibility.text.AnalyzedText;
import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

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

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    private static final Set<String> FUNCTION = Set.of("ADP", "SCONJ", "CCONJ", "ADV", "AUX", "VERB", "PART", "INTJ");

    /** How many sentences back a pronoun looks for its antecedent. */
    private static final int SENTENCES_BACK = 4;

    private final List<Name> names;
    private final List<Sentence> sentences;
    /** Full names (two words or more, no honorific) by surname, in text order. */
    private final Map<String, List<Name>> fullNamesBySurname = new HashMap<>();
    /** The first office the article gives each full name (lower case, honorific-free). */
    private final Map<String, String> officeByFullName = new HashMap<>();
    /** The first office the article gives any mention of a surname (for surnames it gives no full name to). */
    private final Map<String, String> officeBySurname = new HashMap<>();
    /** Surnames the article speaks of as a candidate's or office holder's ("the Trump campaign"), with the cue. */
    private final Map<String, String> politicalSurnames;

    /** Well-known office holders, for the names the article gives no office. */
    private final OfficeHolders gazetteer;

    private NameIndex(List<Name> names, List<Sentence> sentences, Map<String, String> politicalSurnames, OfficeHolders gazetteer) {
        this.names = List.copyOf(names);
        this.gazetteer = gazetteer;
        this.sentences = sentences;
        this.politicalSurnames = politicalSurnames;
        for (Name n : this.names) {
            if (isFullName(n)) {
                fullNamesBySurname.computeIfAbsent(n.last(), k -> new ArrayList<>()).add(n);
            }
        }
        for (Name n : this.names) {
            Name full = isFullName(n) ? n : onlyFullName(n.last());
            if (n.role() != null && full != null) {
                officeByFullName.putIfAbsent(key(full), n.role());
            }
            if (n.role() != null) {
                officeBySurname.putIfAbsent(n.last(), n.role());
            }
        }
    }

    public static NameIndex build(AnalyzedText analyzed, SourcingLexicons lex) {
        String text = analyzed.text();
        List<Name> out = new ArrayList<>();
        List<Sentence> body = analyzed.bodySentences();
        Map<String, String> political = NameCues.politicalCues(body);
        for (int si = 0; si < body.size(); si++) {
            Sentence s = body.get(si);
            for (List<Token> found : NounPhrase.namesIn(s.tokens())) {
                List<Token> run = found;
                if (run.get(0) == s.tokens().get(0) && FUNCTION.contains(run.get(0).pos())
                        && !(run.size() > 1 && lex.givenNames.contains(run.get(0).lower()))) {
                    run = run.subList(1, run.size()); // "As Clinton ...", "On Wednesday ..."
                }
                if (run.isEmpty()) {
                    continue;
                }
                List<Token> words = NameRoles.stripRoles(run, lex);
                if (words.isEmpty() || CALENDAR.contains(words.get(0).lower())
                        || words.size() == 1 && words.get(0) == s.tokens().get(0) && !words.get(0).pos().startsWith("PROPN")) {
                    continue; // "Monday", or a capitalised common word opening the sentence ("Attempts to ...")
                }
                Span span = NameRoles.withoutPossessive(text, NounPhrase.spanOf(words));
                String role = NameRoles.roleNear(text, s, span, lex);
                role = role != null ? role : NameCues.listedRole(text, out, si, span);
                boolean person = NameRoles.opensAsPersonName(words, lex) || role != null
                        || political.containsKey(NameRoles.surname(words)) || NameCues.looksLikePersonName(words, lex)
                        || lex.officeHolders.isListedSurname(NameRoles.surname(words));
                boolean possessive = !span.equals(NounPhrase.spanOf(words));
                char gender = NameRoles.gender(words, lex);
                gender = gender != '?' ? gender : NameRoles.genderNear(text, s, span);
                out.add(new Name(span, span.text(text), NameRoles.surname(words), role, gender, si, person,
                        !possessive && !NameCues.inOpeningPhrase(s, words.get(0)), NameCues.isQuoted(text, span.start())));
            }
        }
        NameCues.describedAfter(text, body, out, lex, political);
        return new NameIndex(out, body, political, lex.officeHolders);
    }

    private static boolean isFullName(Name n) {
        String[] w = n.name().trim().split("[\\s\\u00A0]+");
        return w.length > 1 && !NameRoles.HONORIFICS.contains(w[0].toLowerCase(java.util.Locale.ROOT));
    }

    private static String key(Name n) {
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

    /**
     * The full name before {@code offset} whose surname is {@code surname}, or null; null too where
     * two different full names share it ("Saddam Haftar", "Khalifa Haftar").
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
        String inText = officeInText(n);
        return inText != null ? inText : listedOffice(n);
    }

    /**
     * The gazetteer's office for {@code n} where the text gives none: its full name's (or, for a bare
     * surname, that of the full name the article gives it first), else the bare surname's where the
     * article names nobody of that surname in full.
     */
    private String listedOffice(Name n) {
        if (isFullName(n)) {
            return gazetteer.roleOfFullName(n.name());
        }
        Name full = fullNameOf(n);
        List<Name> fulls = fullNamesBySurname.getOrDefault(n.last(), List.of());
        if (full == null && !fulls.isEmpty()) {
            full = fulls.get(0);
        }
        return full != null ? gazetteer.roleOfFullName(full.name()) : gazetteer.roleOfSurname(n.last());
    }

    private String officeInText(Name n) {
        if (n.role() != null) {
            return n.role();
        }
        Name full = fullNameOf(n);
        String office = full == null ? null : officeByFullName.get(key(full));
        if (office != null) {
            return office;
        }
        List<Name> fulls = fullNamesBySurname.getOrDefault(n.last(), List.of());
        String cue = politicalSurnames.get(n.last());
        if (fulls.isEmpty()) {
            office = officeBySurname.get(n.last());
            return office != null ? office : cue;
        }
        if (full != null) {
            return isFullName(n) && onlyFullName(n.last()) == null && !key(fulls.get(0)).equals(key(n)) ? null : cue;
        }
        // a bare surname two people share: the one the article introduces first is the likelier
        office = officeByFullName.get(key(fulls.get(0)));
        return office != null ? office : cue;
    }

    /** The office of the full name ending in {@code surname}, where the article gives it one person only. */
    public String officeOfSurname(String surname) {
        Name full = onlyFullName(surname);
        String office = full == null ? null : officeByFullName.get(key(full));
        office = office != null ? office : politicalSurnames.get(surname);
        if (office != null) {
            return office;
        }
        if (full != null) {
            return gazetteer.roleOfFullName(full.name());
        }
        return fullNamesBySurname.containsKey(surname) ? null : gazetteer.roleOfSurname(surname);
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
        int lo = 0, hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The body sentences, for looking back from a pronoun. */
    List<Sentence> sentences() {
        return sentences;
    }

    public List<Name> names() {
        return names;
    }
}
