package news.credibility.extract;

import java.util.List;
import java.util.Set;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Types a source noun phrase from its words, the sentence around it and what the article says of
 * the names in it: pronouns by what they stand for, outlet and document heads, anonymity phrases,
 * names with or without an office given anywhere in the article, institutions and states,
 * spokespersons, role nouns, unnamed people and groups. The order of the checks is the order of
 * precedence; each typing carries the reason a reviewer can check.
 */
public final class SourceTyper {

    /** A source's type, the reason for it, and a readable canonical name. */
    public record Typing(SourceType type, String reason, String name) {
    }

    /** Words that count people without naming them: "Others", "Nine in 10 voters", "Both", "Many". */
    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "others", "other", "another", "one", "few",
            "several", "all", "both", "each", "half", "none", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "dozens", "hundreds", "thousands", "millions", "majority", "minority", "plurality", "those", "everyone",
            "everybody", "someone", "somebody", "anyone", "nobody");

    /** The first person plural: outside quotation and standing for no one before it, the writers' (the outlet's) voice. */
    private static final Set<String> AUTHORIAL = Set.of("we", "us", "ourselves");
    /** People who make up a newsroom or a panel of one: "the journalists", "members of the conservative press". */
    private static final Set<String> NEWSROOM = Set.of("journalists", "reporters", "moderators", "panelists", "anchors", "editors",
            "columnists", "members", "staff", "writers");

    private final SourcingLexicons lex;
    private final NameIndex names;
    private final Antecedents antecedents;
    private final NamedTyper named;

    public SourceTyper(SourcingLexicons lex, NameIndex names) {
        this.lex = lex;
        this.names = names;
        this.antecedents = new Antecedents(lex, names);
        this.named = new NamedTyper(lex, names);
    }

    public Typing type(String text, Sentence sentence, NounPhrase np) {
        return type(text, sentence, np, 0);
    }

    private Typing type(String text, Sentence sentence, NounPhrase np, int depth) {
        String pronoun = Antecedents.pronoun(np);
        if (pronoun != null) {
            Typing resolved = depth == 0 ? pronounTyping(text, sentence, np, pronoun) : null;
            return resolved != null ? resolved : unresolved(text, np, pronoun);
        }
        if (isLetUs(text, sentence, np) && !NameCues.isQuoted(text, np.span().start())) {
            return new Typing(SourceType.OUTLET, "'let's' outside quotation: the writer's voice", np.text());
        }
        String head = np.headLower();
        Span whole = np.span();
        Typing appositive = named.appositiveToName(text, sentence, np);
        if (appositive != null) {
            return appositive;
        }
        List<PhraseMatcher.Match> outlet = lex.namedOutlets.find(text, whole);
        if (!outlet.isEmpty() && !named.isPersonWithOffice(text, sentence, np)) {
            return new Typing(SourceType.OUTLET, "names the outlet '" + outlet.get(0).span().text(text) + "'", np.text());
        }
        int h = np.tokens().indexOf(np.head());
        if (h > 0 && documentCompound(lex, np.tokens().get(h - 1), np.head()) || np.isDefinite() && lex.isOutletHead(head) && takesUpDocument(text, np)) {
            return new Typing(SourceType.DOCUMENT, "a document ('" + np.tokens().get(h - 1).text() + " " + np.head().text() + "')", np.text());
        }
        if (lex.isOutletHead(head) || lex.isDocumentHead(head) && hasOutletWord(np) || outletName(np)) {
            return new Typing(SourceType.OUTLET, "a news outlet ('" + np.head().text() + "')", np.text());
        }
        if (NEWSROOM.contains(head) && (hasOutletWord(np) || "the".equals(np.determiner()) && SourcingLexicons.is(lex.anonymity, head, "person"))) {
            return new Typing(SourceType.OUTLET, "the staff of a news outlet as a body ('" + np.text() + "')", np.text());
        }
        if (!lex.anonymityPhrases.find(text, whole).isEmpty()) {
            return new Typing(SourceType.ANONYMOUS, "anonymity phrase '" + lex.anonymityPhrases.find(text, whole).get(0).entry() + "'", np.text());
        }
        String document = lex.isDocumentHead(head) ? head : hyphenatedHead(np);
        if (lex.isDocumentHead(document)) {
            return new Typing(SourceType.DOCUMENT, "a document ('" + document + "')", np.text());
        }
        boolean otherName = np.nameRuns().stream().anyMatch(r -> !r.contains(np.head()));
        if ((QUANTIFIERS.contains(head) || np.head() != null && np.head().isPos("NUM")) && !otherName) {
            return new Typing(SourceType.ANONYMOUS, "an unnamed number of people ('" + np.text() + "')", np.text());
        }
        Typing byName = named.type(text, sentence, np);
        if (byName != null) {
            return byName;
        }
        if (lex.isSpokesperson(head)) {
            return new Typing(SourceType.INSTITUTION, "a spokesperson speaks for an institution", np.text());
        }
        if (lex.isInstitutionHead(head) || named.institutionNamed(text, np)) {
            return new Typing(SourceType.INSTITUTION, "an institution ('" + head + "')", np.text());
        }
        if (SourcingLexicons.is(lex.anonymity, head, "head")) {
            return new Typing(SourceType.ANONYMOUS, "unnamed '" + head + "'", np.text());
        }
        if ("the".equals(np.determiner()) && np.isPlural() && lex.roleWords.contains(head.substring(0, head.length() - 1))
                && !SourcingLexicons.is(lex.anonymity, head, "head")) {
            return new Typing(SourceType.NAMED_OFFICIAL, "identifiable office holders ('" + np.text() + "')", np.text());
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
            String office = names.officeOfSurname(NameRoles.surname(List.of(np.head()))); // "Trump" tagged as a common noun
            return office != null ? new Typing(SourceType.NAMED_OFFICIAL, "a capitalised name with an office ('" + office + "')", np.text())
                    : new Typing(SourceType.NAMED_PERSON, "a capitalised name", np.text());
        }
        if (np.isDefinite() && !np.isPlural() && personNoun(head)) {
            return new Typing(SourceType.NAMED_PERSON, "a definite description of an identifiable person ('" + np.text() + "')", np.text());
        }
        return new Typing(SourceType.ANONYMOUS, "no name in '" + np.text() + "'", np.text());
    }

    /** A pronoun typed as what it stands for; null where nothing fitting stands before it. */
    private Typing pronounTyping(String text, Sentence sentence, NounPhrase np, String pronoun) {
        if (Antecedents.RELATIVE.contains(pronoun)) {
            NounPhrase head = antecedents.relativeHead(text, sentence, np);
            if (head == null) {
                return null;
            }
            Typing t = type(text, sentence, head, 1);
            if (pronoun.startsWith("wh") && (t.type() == SourceType.DOCUMENT || t.type() == SourceType.OUTLET) && !pronoun.equals("which")) {
                return null; // "who" stands for people: "two figures who", "an anchor at Fox News who"
            }
            return new Typing(t.type(), "'" + np.text() + "' stands for '" + head.text() + "': " + t.reason(), t.name());
        }
        if (Antecedents.NEUTER.contains(pronoun)) {
            SourceType t = antecedents.neuter(text, np.span());
            return t == null ? null : new Typing(t, "'" + np.text() + "' refers back to a " + t.name().toLowerCase(java.util.Locale.ROOT), np.text());
        }
        if (!Antecedents.MASCULINE.contains(pronoun) && !Antecedents.FEMININE.contains(pronoun)) {
            return null;
        }
        NameIndex.Name n = antecedents.person(text, pronoun, np.span());
        if (n == null) {
            return null;
        }
        NameIndex.Name full = names.fullNameOf(n);
        String office = names.officeOf(n);
        String name = full != null ? full.name() : n.name();
        return new Typing(office != null ? SourceType.NAMED_OFFICIAL : SourceType.NAMED_PERSON,
                "'" + np.text() + "' refers back to " + name + (office != null ? " (" + office + ")" : ""), name);
    }

    private static Typing unresolved(String text, NounPhrase np, String p) {
        if (AUTHORIAL.contains(p) && !NameCues.isQuoted(text, np.span().start())) {
            return new Typing(SourceType.OUTLET, "'" + np.text() + "' outside quotation, standing for no one named: the writer's plural voice", np.text());
        }
        return switch (p) {
            case "he", "him", "his", "she", "her", "i", "me", "myself" -> new Typing(SourceType.NAMED_PERSON, "a personal pronoun with no antecedent found", np.text());
            case "it", "its" -> new Typing(SourceType.INSTITUTION, "'it' with no antecedent found", np.text());
            default -> new Typing(SourceType.ANONYMOUS, "'" + p + "' with no antecedent found", np.text());
        };
    }

    /** "voice-over", which the tokenizer splits: the head joined by a hyphen to the word right after it; "" where none follows. */
    private static String hyphenatedHead(NounPhrase np) {
        int h = np.tokens().indexOf(np.head());
        if (h < 0 || h + 2 >= np.tokens().size() || !np.tokens().get(h + 1).text().equals("-")) {
            return "";
        }
        Token a = np.tokens().get(h), dash = np.tokens().get(h + 1), b = np.tokens().get(h + 2);
        return a.span().end() == dash.span().start() && dash.span().end() == b.span().start() ? a.lower() + "-" + b.lower() : "";
    }

    /** The "'s" of "let's". */
    private static boolean isLetUs(String text, Sentence sentence, NounPhrase np) {
        if (np.tokens().isEmpty()) { // the span cuts the token "let's"
            int at = np.span().start();
            return np.text().replace('’', '\'').equals("'s") && at >= 3 && text.substring(at - 3, at).equalsIgnoreCase("let");
        }
        if (np.tokens().size() != 1) {
            return false;
        }
        String w = np.tokens().get(0).lower().replace('’', '\'');
        if (w.equals("let's")) {
            return true;
        }
        int i = sentence.tokens().indexOf(np.tokens().get(0));
        return w.equals("'s") && i > 0 && sentence.tokens().get(i - 1).lower().equals("let");
    }

    /** "the paper" after "the white paper": a definite head taking up a document compound met shortly before. */
    private boolean takesUpDocument(String text, NounPhrase np) {
        String before = text.substring(Math.max(0, np.span().start() - 3000), np.span().start()).toLowerCase(java.util.Locale.ROOT);
        String h = np.headLower();
        for (String w : lex.documents.words()) {
            if (w.endsWith(" " + h) && before.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A two-word document name whose head alone means something else: "white paper" (not a newspaper). */
    static boolean documentCompound(SourcingLexicons lex, Token before, Token head) {
        return before != null && head != null && lex.documents.contains(before.lower() + " " + head.lower());
    }

    /** "The Chicago Sun-Times", "The Journal": a capitalised name ending in a word outlets' names end in. */
    private boolean outletName(NounPhrase np) {
        Token h = np.head();
        return h != null && NounPhrase.isCapitalised(h) && lex.isOutletNameEnd(np.headLower())
                && (np.nameRuns().stream().anyMatch(r -> r.get(r.size() - 1) == h)
                || "the".equals(np.determiner()) && np.tokens().size() == 2); // "The Journal", its name-word tagged a noun
    }

    /** An outlet word written in lower case ("a report in the news media"); "Media Matters" names no outlet. */
    private boolean hasOutletWord(NounPhrase np) {
        return np.tokens().stream().anyMatch(t -> lex.isOutletHead(t.lower()) && !NounPhrase.isCapitalised(t));
    }

    /** A common noun for a person ("the businessman", "the writer"), by its ending. */
    private static boolean personNoun(String head) {
        return head.endsWith("man") || head.endsWith("woman") || head.endsWith("er") || head.endsWith("or")
                || head.endsWith("ist") || head.endsWith("ian") || head.endsWith("ant") || head.endsWith("ent");
    }
}
