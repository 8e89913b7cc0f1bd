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

    private static final Set<String> FUNCTION = Set.of("ADP", "SCONJ", "CCONJ", "ADV", "AUX", "VERB", "PART", "INTJ");

    private NameCollector() {
    }

    /** The names of the body sentences {@code body} of {@code text}, in text order. */
    static List<Name> collect(String text, List<Sentence> body, Map<String, String> political, SourcingLexicons lex) {
        List<Name> out = new ArrayList<>();
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
        return out;
    }
}
