package news.credibility.extract;

import java.util.List;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Types a source noun phrase from its words alone (plus the office the article gives a name
 * elsewhere): outlet and document heads, anonymity phrases, spokespersons, names with or without an
 * office, institutions and states, role nouns, unnamed people. The order of the checks is the
 * order of precedence; each typing carries the reason a reviewer can check.
 */
public final class SourceTyper {

    /** A source's type, the reason for it, and a readable canonical name. */
    public record Typing(SourceType type, String reason, String name) {
    }

    private final SourcingLexicons lex;
    private final NameIndex names;

    public SourceTyper(SourcingLexicons lex, NameIndex names) {
        this.lex = lex;
        this.names = names;
    }

    public Typing type(String text, Sentence sentence, NounPhrase np) {
        String head = np.headLower();
        Span whole = np.span();
        if (np.isPronoun()) {
            Typing person = personalPronoun(text, np);
            return person != null ? person : pronoun(np);
        }
        List<PhraseMatcher.Match> outlet = lex.namedOutlets.find(text, whole);
        if (!outlet.isEmpty()) {
            return new Typing(SourceType.OUTLET, "names the outlet '" + outlet.get(0).span().text(text) + "'", np.text());
        }
        if (lex.isOutletHead(head) || lex.isDocumentHead(head) && hasOutletWord(np)) {
            return new Typing(SourceType.OUTLET, "a news outlet ('" + head + "')", np.text());
        }
        if (!lex.anonymityPhrases.find(text, whole).isEmpty()) {
            return new Typing(SourceType.ANONYMOUS, "anonymity phrase '" + lex.anonymityPhrases.find(text, whole).get(0).entry() + "'", np.text());
        }
        if (lex.isDocumentHead(head)) {
            return new Typing(SourceType.DOCUMENT, "a document ('" + head + "')", np.text());
        }
        Typing named = named(text, sentence, np);
        if (named != null) {
            return named;
        }
        if (lex.isSpokesperson(head)) {
            return new Typing(SourceType.INSTITUTION, "a spokesperson speaks for an institution", np.text());
        }
        if (lex.isInstitutionHead(head) || institutionNamed(text, np)) {
            return new Typing(SourceType.INSTITUTION, "an institution ('" + head + "')", np.text());
        }
        if (SourcingLexicons.is(lex.anonymity, head, "head")) {
            return new Typing(SourceType.ANONYMOUS, "unnamed '" + head + "'", np.text());
        }
        if (lex.roleWords.contains(head) || !lex.roles.find(text, whole).isEmpty() && !np.isPlural()) {
            if (np.isDefinite() && !np.isPlural() || np.determiner() == null && NounPhrase.isCapitalised(np.head()) && !np.isPlural()) {
                return new Typing(SourceType.NAMED_OFFICIAL, "an identifiable office holder ('" + np.text() + "')", np.text());
            }
            return new Typing(SourceType.ANONYMOUS, "an unnamed office holder ('" + np.text() + "')", np.text());
        }
        if (SourcingLexicons.is(lex.anonymity, head, "person")) {
            return new Typing(SourceType.ANONYMOUS, "an unnamed person ('" + head + "')", np.text());
        }
        if (NounPhrase.isCapitalised(np.head())) {
            return new Typing(SourceType.NAMED_PERSON, "a capitalised name", np.text());
        }
        if (np.isDefinite() && !np.isPlural()) {
            return new Typing(SourceType.NAMED_PERSON, "a definite description of an identifiable party ('" + np.text() + "')", np.text());
        }
        return new Typing(SourceType.ANONYMOUS, "no name in '" + np.text() + "'", np.text());
    }

    /** A name heads the phrase: a state or institution by name, else a person, with or without office. */
    private Typing named(String text, Sentence sentence, NounPhrase np) {
        for (List<Token> run : np.nameRuns()) {
            List<Token> words = NameIndex.stripRoles(run, lex);
            if (words.isEmpty() || !(words.contains(np.head()) || appositive(np, words))
                    || words.size() == 1 && isCommonWord(words.get(0).lower())) {
                continue;
            }
            Span nameSpan = NounPhrase.spanOf(words);
            if (words.size() == 1 && isAcronym(words.get(0).text())) {
                return new Typing(SourceType.INSTITUTION, "an acronym names an organisation", np.text());
            }
            if (institutionNamed(text, np) || lex.isInstitutionHead(NameIndex.surname(words))) {
                return new Typing(SourceType.INSTITUTION, "an institution or state by name", np.text());
            }
            String role = roleOf(text, sentence, np, words, nameSpan);
            NameIndex.Name full = NameIndex.isSurnameOnly(words) ? names.lastBefore(NameIndex.surname(words), nameSpan.start()) : null;
            String name = full != null ? full.name() : nameSpan.text(text);
            if (role != null) {
                return new Typing(SourceType.NAMED_OFFICIAL, "a named person with an office ('" + role + "')", name);
            }
            return new Typing(SourceType.NAMED_PERSON, "a named person without an office in the text", name);
        }
        return null;
    }

    private String roleOf(String text, Sentence sentence, NounPhrase np, List<Token> words, Span nameSpan) {
        for (PhraseMatcher.Match m : lex.roles.find(text, np.span())) {
            if (!m.span().overlaps(nameSpan)) { // "Mr. King" is no king
                return m.entry();
            }
        }
        String near = NameIndex.roleNear(text, sentence, new Span(nameSpan.start(), np.span().end()), lex);
        if (near != null) {
            return near;
        }
        if (NameIndex.isSurnameOnly(words)) {
            NameIndex.Name full = names.lastBefore(NameIndex.surname(words), nameSpan.start());
            return full != null && full.role() != null ? full.role() : names.roleBefore(NameIndex.surname(words), nameSpan.start());
        }
        NameIndex.Name here = names.at(nameSpan);
        return here != null ? here.role() : null;
    }

    /** A full name set off by a comma after the head: "A witness, Tom Hale"; "his counterpart, Mevlut Cavusoglu". */
    private static boolean appositive(NounPhrase np, List<Token> words) {
        int at = np.tokens().indexOf(words.get(0));
        return words.size() >= 2 && at > 0 && np.tokens().get(at - 1).text().equals(",")
                && np.head() != null && np.tokens().indexOf(np.head()) < at;
    }

    /** A capitalised common noun ("Officials said", "Ministry sources") is no name. */
    private boolean isCommonWord(String w) {
        return lex.anonymity.contains(w) || lex.isInstitutionHead(w) || lex.roleWords.contains(w) || lex.isOutletHead(w)
                || lex.isDocumentHead(w);
    }

    private boolean institutionNamed(String text, NounPhrase np) {
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

    private boolean hasOutletWord(NounPhrase np) {
        return np.tokens().stream().anyMatch(t -> lex.isOutletHead(t.lower()));
    }

    /** "he", "she": the nearest person named before it (no gender is known, so the nearest one). */
    private Typing personalPronoun(String text, NounPhrase np) {
        String p = np.tokens().get(0).lower();
        if (!p.equals("he") && !p.equals("she") && !p.equals("him")) {
            return null;
        }
        NameIndex.Name n = names.nearestBefore(np.span().start(), name -> isPersonName(text, name));
        if (n == null) {
            return null;
        }
        return new Typing(n.role() != null ? SourceType.NAMED_OFFICIAL : SourceType.NAMED_PERSON,
                "'" + np.text() + "' refers back to " + n.name() + (n.role() != null ? " (" + n.role() + ")" : ""), n.name());
    }

    /**
     * A name a pronoun may stand for: a full name ("Tom Hale", "Mr. Obama"), or a surname of one
     * met before; not an organisation, an outlet, an acronym or a capitalised common word.
     */
    private boolean isPersonName(String text, NameIndex.Name n) {
        if (!lex.namedInstitutions.find(text, n.span()).isEmpty() || !lex.namedOutlets.find(text, n.span()).isEmpty()
                || isCommonWord(n.last()) || lex.isInstitutionHead(n.last()) || isAcronym(n.name())) {
            return false;
        }
        return n.name().trim().split("[\\s\\u00A0]+").length > 1 || names.lastBefore(n.last(), n.span().start()) != null;
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '&')
                && word.chars().filter(Character::isLetter).count() >= 2;
    }

    private static Typing pronoun(NounPhrase np) {
        String p = np.tokens().get(0).lower();
        return switch (p) {
            case "he", "him", "she" -> new Typing(SourceType.NAMED_PERSON, "a personal pronoun with no antecedent found", np.text());
            case "it" -> new Typing(SourceType.INSTITUTION, "'it' with no antecedent found", np.text());
            default -> new Typing(SourceType.ANONYMOUS, "'" + p + "' with no antecedent found", np.text());
        };
    }
}
