package news.credibility.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.credibility.text.Sentence;
import news.credibility.text.Token;

/**
 * Campaign and party cues that make a surname a candidate's or an office holder's: "the Trump
 * campaign", "Clinton's candidacy", "Republican Trump", "Sen. Kelly Ayotte (R-N.H.)", "vote for
 * Sanders". A cue counts only for a surname that a person bears in the article (a full name opening
 * on a given name or an honorific) or in the office-holders gazetteer: "a Twitter spokesman",
 * "Latino voters" and "the Republican Party" make no politician of Twitter, Latino or Party.
 */
final class PoliticalCues {

    private PoliticalCues() {
    }

    /** Nouns that make the name before them a candidate's or an office holder's: "the Trump campaign", "Clinton's candidacy". */
    private static final Set<String> POLITICAL_NOUNS = Set.of("campaign", "campaigns", "administration", "candidacy", "presidency",
            "camp", "supporters", "rally", "rallies", "voters", "delegates", "nomination", "ticket", "surrogates", "aides", "staffers",
            "spokesman", "spokeswoman", "spokesperson", "adviser", "advisers", "cabinet", "platform", "running", "campaigned",
            "campaigning", "stumped", "stumping", "trails", "trailed");
    /** Words before a name that make it a candidate's: "vote for Sanders", "endorsed Cruz", "nominate Trump". */
    private static final Set<String> ELECTING = Set.of("endorsed", "endorse", "endorses", "endorsing", "nominate", "nominated",
            "elect", "elected", "defeat", "defeated", "beat");
    /** Party words that make the name right after them a politician's: "Republican Trump and Democrat Clinton". */
    static final Set<String> PARTY = Set.of("republican", "democrat", "democratic", "gop", "libertarian");
    /** Surnames the text makes politicians', each with the cue that does. */
    static Map<String, String> of(List<Sentence> body, SourcingLexicons lex) {
        Set<String> persons = personSurnames(body, lex);
        Map<String, String> cues = cuesInText(body);
        cues.keySet().removeIf(surname -> !persons.contains(surname) && !lex.officeHolders.isListedSurname(surname));
        return cues;
    }

    /** Surnames of the names of {@code body} that open on a given name or an honorific ("Donald Trump", "Mr. Trump"). */
    private static Set<String> personSurnames(List<Sentence> body, SourcingLexicons lex) {
        Set<String> out = new HashSet<>();
        for (Sentence s : body) {
            for (List<Token> run : NounPhrase.namesIn(s.tokens())) {
                List<Token> words = NameRoles.stripRoles(run, lex);
                if (words.size() > 1 && NameRoles.opensAsPersonName(words, lex)) {
                    out.add(NameRoles.surname(words));
                }
            }
        }
        return out;
    }

    /** The cues as the text gives them, before the check that a person bears the surname. */
    private static Map<String, String> cuesInText(List<Sentence> body) {
        Map<String, String> cues = new HashMap<>();
        for (Sentence s : body) {
            List<Token> ts = s.tokens();
            for (int i = 0; i + 1 < ts.size(); i++) {
                Token t = ts.get(i);
                Token next = ts.get(i + 1);
                if (!NounPhrase.isCapitalised(t) || t.isPos("DET") || t.isPos("PRON") || PARTY.contains(t.lower())) {
                    continue;
                }
                String surname = t.lower().replace('’', '\'').replaceAll("'s$", "");
                boolean party = i + 2 < ts.size() && ts.get(i + 1).text().equals("(") && ts.get(i + 2).text().matches("[RDI]-.*");
                if (party) {
                    cues.putIfAbsent(surname, t.text() + " (" + ts.get(i + 2).text()); // "Sen. Kelly Ayotte (R-N.H.)"
                }
                boolean votedFor = i > 1 && ts.get(i - 1).lower().equals("for") && ts.get(i - 2).lower().startsWith("vot");
                if (POLITICAL_NOUNS.contains(next.lower()) && !NounPhrase.isCapitalised(next)) {
                    cues.putIfAbsent(surname, surname + " " + next.lower());
                } else if (votedFor || i > 0 && ELECTING.contains(ts.get(i - 1).lower())) {
                    cues.putIfAbsent(surname, ts.get(i - 1).lower() + " " + t.text());
                } else if (i > 0 && PARTY.contains(ts.get(i - 1).lower()) && !POLITICAL_NOUNS.contains(next.lower())
                        && !next.pos().startsWith("PROPN") && !next.pos().startsWith("NOUN")) {
                    cues.putIfAbsent(surname, ts.get(i - 1).text() + " " + t.text());
                }
            }
        }
        return cues;
    }

}
