package news.credibility.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.credibility.extract.NameIndex.Name;
import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Finds the name mentions of an article for {@link NameIndex}: runs of capitalised words in body
 * sentences, role words stripped, with the office, gender and person-ness the words around them
 * give. Kept apart from the index, which only answers questions about the mentions found here.
 */
final class NameCollector {

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    /** Generational suffixes, which end a name but are not its surname. */
    private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    private static final Set<String> FUNCTION = Set.of("ADP", "SCONJ", "CCONJ", "ADV", "AUX", "VERB", "PART", "INTJ");

    private NameCollector() {
    }

    /** The names of the body sentences {@code body} of {@code text}, in text order; {@code persons}: the surnames people bear in full. */
    static List<Name> collect(String text, List<Sentence> body, Map<String, String> political, Set<String> persons, SourcingLexicons lex) {
        List<Name> out = new ArrayList<>();
        for (int si = 0; si < body.size(); si++) {
            Sentence s = body.get(si);
            for (List<Token> found : runs(s, persons, political, lex)) {
                List<Token> run = found;
                if (run.get(0) == s.tokens().get(0) && FUNCTION.contains(run.get(0).pos())
                        && !(run.size() > 1 && lex.givenNames.contains(run.get(0).lower()))
                        && !(run.size() == 1 && isPersonSurname(NameRoles.surname(run), persons, political, lex))) {
                    run = run.subList(1, run.size()); // "As Clinton ...", "On Wednesday ...", but not "Trump/VERB almost seemed ..."
                }
                if (run.isEmpty()) {
                    continue;
                }
                List<Token> words = nameWords(run, lex);
                if (words.isEmpty() || CALENDAR.contains(words.get(0).lower())
                        || words.size() == 1 && words.get(0) == s.tokens().get(0) && !words.get(0).pos().startsWith("PROPN")
                        && !isPersonSurname(NameRoles.surname(words), persons, political, lex)) {
                    continue; // "Monday", or a capitalised common word opening the sentence ("Attempts to ..."), not "Trump almost ..."
                }
                Span span = NameRoles.withoutPossessive(text, NounPhrase.spanOf(words));
                Span said = withSuffix(run, words, span); // "Brent Bozell III, founder of ...": the appositive follows the suffix
                String role = RoleCues.unlessTitlingAnother(NameRoles.roleNear(text, s, said, lex), s, said);
                role = role != null ? role : RoleCues.roleAround(text, s, said, lex);
                role = role != null ? role : RoleCues.staffOf(text, s, said, political);
                role = role != null ? role : NameCues.listedRole(text, out, si, span);
                role = role != null && RoleCues.speaksAsExpert(text, s, said) ? null : role;
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
        return out;
    }

    /**
     * The words of a run of capitalised words that name someone: role words stripped ("Sen. Ted
     * Cruz"), and a dateline ("CLEVELAND - Donald Trump") or a party word ("Democrat Hillary
     * Clinton", "Republican Trump") before a person's name, which are no part of it.
     */
    static List<Token> nameWords(List<Token> run, SourcingLexicons lex) {
        List<Token> words = NameRoles.stripRoles(run, lex);
        for (int i = 1; i + 1 < words.size(); i++) {
            if (isDash(words.get(i)) && words.subList(0, i).stream().allMatch(NameCollector::isUpperCaseWord)) {
                words = words.subList(i + 1, words.size());
                break;
            }
        }
        if (words.size() > 2 && SUFFIXES.contains(words.get(words.size() - 1).lower())) {
            words = words.subList(0, words.size() - 1); // "Brent Bozell III" is Bozell
        }
        while (words.size() > 1 && PoliticalCues.PARTY.contains(words.get(0).lower())) {
            List<Token> rest = words.subList(1, words.size());
            boolean person = NameRoles.opensAsPersonName(rest, lex) || rest.size() == 1 && lex.officeHolders.isListedSurname(rest.get(0).lower());
            if (!person) {
                break;
            }
            words = rest;
        }
        return words;
    }

    /**
     * The runs of capitalised words of {@code s}, with a known person's surname the tagger took for
     * an adjective ("Trump/ADJ almost seemed to agree") as a run of its own.
     */
    private static List<List<Token>> runs(Sentence s, Set<String> persons, Map<String, String> political, SourcingLexicons lex) {
        List<List<Token>> runs = new ArrayList<>(NounPhrase.namesIn(s.tokens()));
        for (Token t : s.tokens()) {
            if (t.isPos("ADJ") && NounPhrase.isCapitalised(t) && isPersonSurname(NameRoles.surname(List.of(t)), persons, political, lex)
                    && runs.stream().noneMatch(r -> r.contains(t))) {
                runs.add(List.of(t));
            }
        }
        runs.sort(java.util.Comparator.comparingInt(r -> r.get(0).span().start()));
        return runs;
    }

    /** A surname a person of the article bears in full, a politician's by a cue, or a listed office holder's. */
    private static boolean isPersonSurname(String surname, Set<String> persons, Map<String, String> political, SourcingLexicons lex) {
        return persons.contains(surname) || political.containsKey(surname) || lex.officeHolders.isListedSurname(surname);
    }

    /** The name's span with the generational suffix {@link #nameWords} left out of it. */
    private static Span withSuffix(List<Token> run, List<Token> words, Span span) {
        Token last = run.get(run.size() - 1);
        return !words.contains(last) && SUFFIXES.contains(last.lower()) && span.end() <= last.span().start()
                ? new Span(span.start(), last.span().end()) : span;
    }

    private static boolean isDash(Token t) {
        return t.text().equals("-") || t.text().equals("\u2014") || t.text().equals("\u2013") || t.text().equals("--");
    }

    /** "CLEVELAND": a word of two letters or more, all capitals. */
    private static boolean isUpperCaseWord(Token t) {
        return t.text().length() >= 2 && t.text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == ',');
    }
}
