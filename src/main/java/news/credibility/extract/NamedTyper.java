package news.credibility.extract;

import java.util.List;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Types a source phrase by the name in it: an institution or state by name, an acronym, or a
 * person, who is an official where the text gives the person an office (next to this mention, in
 * an appositive, or next to any mention of the same full name in the article).
 */
final class NamedTyper {

    private final SourcingLexicons lex;
    private final NameIndex names;

    NamedTyper(SourcingLexicons lex, NameIndex names) {
        this.lex = lex;
        this.names = names;
    }

    /** A name heads the phrase: a state or institution by name, else a person, with or without office; null where none does. */
    SourceTyper.Typing type(String text, Sentence sentence, NounPhrase np) {
        for (List<Token> run : np.nameRuns()) {
            List<Token> words = NameCollector.nameWords(run, lex);
            if (words.isEmpty() || !(words.contains(np.head()) || appositive(np, words) || titledPerson(np, words))
                    || words.size() == 1 && isCommonWord(words.get(0).lower()) || words.size() > 1 && isGroupWord(NameRoles.surname(words))) {
                continue; // "Officials said", "Gay Republicans", "Ministry sources"
            }
            Span nameSpan = NounPhrase.spanOf(words);
            if (words.size() == 1 && isAcronym(words.get(0).text()) && beforeRole(np, words.get(0))) {
                continue; // "the F.B.I. director, James B. Comey": the acronym says whose director
            }
            if (words.size() == 1 && isAcronym(words.get(0).text()) && !isInitials(np, words.get(0))) {
                return new SourceTyper.Typing(SourceType.INSTITUTION, "an acronym names an organisation", np.text());
            }
            if (institutionNamed(text, np) || lex.isInstitutionHead(NameRoles.surname(words))) {
                return new SourceTyper.Typing(SourceType.INSTITUTION, "an institution or state by name", np.text());
            }
            String role = roleOf(text, sentence, np, words, nameSpan);
            if (role == null && isPlaceName(np, words)) {
                return new SourceTyper.Typing(SourceType.INSTITUTION, "a place by name ('" + np.text() + "')", np.text());
            }
            NameIndex.Name full = NameRoles.isSurnameOnly(words) ? names.onlyFullName(NameRoles.surname(words)) : null;
            String name = full != null ? full.name() : NameRoles.withoutPossessive(text, nameSpan).text(text);
            if (role != null) {
                return new SourceTyper.Typing(SourceType.NAMED_OFFICIAL, "a named person with an office ('" + role + "')", name);
            }
            return new SourceTyper.Typing(SourceType.NAMED_PERSON, "a named person without an office in the text", name);
        }
        return null;
    }

    /** Whether {@code np} names a person the text gives an office ("Guardian, the first Republican mayor"). */
    boolean isPersonWithOffice(String text, Sentence sentence, NounPhrase np) {
        List<Token> run = np.firstNameRun();
        if (run.isEmpty()) {
            return false;
        }
        Span nameSpan = NounPhrase.spanOf(run);
        return NameRoles.roleNear(text, sentence, nameSpan, lex) != null
                && lex.roles.find(text, new Span(nameSpan.end(), np.span().end())).size() > 0;
    }

    /**
     * "Laurence Meyer, a former Fed governor": a description with a role right after a name and a
     * comma is that person, an official. Null where {@code np} is no such appositive.
     */
    SourceTyper.Typing appositiveToName(String text, Sentence sentence, NounPhrase np) {
        if (np.tokens().isEmpty()) {
            return null;
        }
        List<Token> ts = sentence.tokens();
        int i = ts.indexOf(np.tokens().get(0));
        if (i < 2 || np.determiner() == null || !ts.get(i - 1).text().equals(",") || !NounPhrase.isCapitalised(ts.get(i - 2))
                || !ts.get(i - 2).pos().startsWith("PROPN") || lex.roles.find(text, np.span()).isEmpty() || np.isPlural()) {
            return null;
        }
        NameIndex.Name n = names.at(ts.get(i - 2).span());
        if (n == null || !lex.namedInstitutions.find(text, n.span()).isEmpty() || !lex.namedOutlets.find(text, n.span()).isEmpty()) {
            return null;
        }
        return new SourceTyper.Typing(SourceType.NAMED_OFFICIAL, "'" + np.text() + "' describes " + n.name() + " before it", n.name());
    }

    private String roleOf(String text, Sentence sentence, NounPhrase np, List<Token> words, Span nameSpan) {
        if (RoleCues.speaksAsExpert(text, sentence, nameSpan)) {
            return null; // "Mike Murphy, a veteran GOP consultant who ran ...": as the name index reads it
        }
        for (PhraseMatcher.Match m : lex.roles.find(text, np.span())) {
            if (!m.span().overlaps(nameSpan) && !titlesAnotherName(np, m.span(), words)) { // "Mr. King" is no king
                return m.entry();
            }
        }
        String near = RoleCues.unlessTitlingAnother(NameRoles.roleNear(text, sentence, new Span(nameSpan.start(), np.span().end()), lex),
                sentence, nameSpan);
        if (near != null) {
            return near;
        }
        NameIndex.Name here = names.at(nameSpan);
        if (here != null) {
            return names.officeOf(here);
        }
        return NameRoles.isSurnameOnly(words) ? names.officeOfSurname(NameRoles.surname(words)) : null;
    }

    /** "..., who ran the super PAC of former Florida governor Jeb Bush": the role right before another name run is that person's. */
    private static boolean titlesAnotherName(NounPhrase np, Span role, List<Token> words) {
        for (List<Token> run : np.nameRuns()) {
            Span r = NounPhrase.spanOf(run);
            if (!run.contains(words.get(0)) && r.start() >= role.end() && r.start() - role.end() <= 1) {
                return true;
            }
        }
        return false;
    }

    /** A full name set off by a comma after the head: "A witness, Tom Hale"; "his counterpart, Mevlut Cavusoglu". */
    private static boolean appositive(NounPhrase np, List<Token> words) {
        int at = np.tokens().indexOf(words.get(0));
        return words.size() >= 2 && at > 0 && np.tokens().get(at - 1).text().equals(",")
                && np.head() != null && np.tokens().indexOf(np.head()) < at;
    }

    /** "USA TODAY contributor and historian David Marsh": a person's full name ending the phrase is who its titles describe. */
    private boolean titledPerson(NounPhrase np, List<Token> words) {
        List<Token> ts = np.tokens();
        int last = ts.size() - 1;
        while (last > 0 && (ts.get(last).isPos("PUNCT") || ts.get(last).text().equals(","))) {
            last--;
        }
        return words.size() > 1 && words.get(words.size() - 1) == ts.get(last) && NameRoles.opensAsPersonName(words, lex);
    }

    /** A capitalised common noun ("Officials said", "Ministry sources") is no name. */
    boolean isCommonWord(String w) {
        String word = Tokens.withoutPossessive(w);
        return lex.anonymity.contains(word) || lex.isInstitutionHead(word) || lex.roleWords.contains(word) || lex.isOutletHead(word)
                || lex.isDocumentHead(word);
    }

    /** "Gay Republicans", "House Democrats": a capitalised run ending in a group noun names a group, not a person. */
    private boolean isGroupWord(String w) {
        return SourcingLexicons.is(lex.anonymity, w, "head");
    }

    boolean institutionNamed(String text, NounPhrase np) {
        for (PhraseMatcher.Match m : lex.namedInstitutions.find(text, np.span())) {
            if (np.head() != null && m.span().contains(np.head().span()) && !personNameEndingIn(np, m.span())) {
                return true;
            }
        }
        return false;
    }

    /** "Chuck Jordan": a first name before a state's name makes it a surname. */
    private static boolean personNameEndingIn(NounPhrase np, Span match) {
        for (List<Token> run : np.nameRuns()) {
            Span r = NounPhrase.spanOf(run);
            if (r.end() == match.end() && r.start() < match.start() && run.size() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role word follows {@code word} in the phrase and a name comes after it. */
    private boolean beforeRole(NounPhrase np, Token word) {
        int at = np.tokens().indexOf(word);
        int next = at + 1;
        while (next < np.tokens().size() && np.tokens().get(next).text().equals(".")) {
            next++; // "F.B.I ." as the tokenizer splits it
        }
        int role = next;
        return at >= 0 && role < np.tokens().size() && lex.roleWords.contains(np.tokens().get(role).lower())
                && np.nameRuns().stream().anyMatch(r -> np.tokens().indexOf(r.get(0)) > role);
    }

    /** "J.J. MacNab": single initials with dots before a capitalised word are a person's, not an organisation's. */
    private static boolean isInitials(NounPhrase np, Token word) {
        int at = np.tokens().indexOf(word);
        return word.text().matches("([A-Z]\\.){1,3}") && at + 1 < np.tokens().size() && NounPhrase.isCapitalised(np.tokens().get(at + 1));
    }

    /**
     * "British Columbia", "Saudi Arabia": one name word after a capitalised adjective (no party word)
     * that no person of the article bears and the gazetteer does not list is a place.
     */
    private boolean isPlaceName(NounPhrase np, List<Token> words) {
        int at = np.tokens().indexOf(words.get(0));
        if (words.size() != 1 || at < 1) {
            return false;
        }
        Token before = np.tokens().get(at - 1);
        String surname = NameRoles.surname(words);
        return before.isPos("ADJ") && NounPhrase.isCapitalised(before) && !PoliticalCues.PARTY.contains(before.lower())
                && !names.surnameOfPerson(surname) && !lex.officeHolders.isListedSurname(surname);
    }

    static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '&')
                && word.chars().filter(Character::isLetter).count() >= 2;
    }
}
