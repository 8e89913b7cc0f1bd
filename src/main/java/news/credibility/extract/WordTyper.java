package news.credibility.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Types a source phrase by its words where no pronoun, count or name decides it, for
 * {@link SourceTyper}: outlets (by name, by a generic word, a newsroom as a body), documents, the
 * anonymity lists, and last the common nouns (spokespersons, institutions, unnamed people, office
 * holders, and definite descriptions of someone the article named before: "the host said").
 */
final class WordTyper {

    /** People who make up a newsroom or a panel of one: "the journalists", "members of the conservative press". */
    private static final Set<String> NEWSROOM = Set.of("journalists", "reporters", "moderators", "panelists", "anchors", "editors",
            "columnists", "members", "staff", "writers");

    /** How far back (in characters) a definite description looks for the person introduced with its noun. */
    private static final int DESCRIBED_REACH = 6000;

    private final SourcingLexicons lex;
    private final NameIndex names;
    private final NamedTyper named;
    private final PronounTyper pronouns;

    WordTyper(SourcingLexicons lex, NameIndex names, NamedTyper named, PronounTyper pronouns) {
        this.lex = lex;
        this.names = names;
        this.named = named;
        this.pronouns = pronouns;
    }

    /** An outlet, a document, or an anonymity phrase; null where the words make none. */
    SourceTyper.Typing outletOrDocument(String text, Sentence sentence, NounPhrase np) {
        String head = np.headLower();
        List<PhraseMatcher.Match> outlet = lex.namedOutlets.find(text, np.span());
        if (!outlet.isEmpty() && outletSpeaks(np, outlet.get(0).span()) && !named.isPersonWithOffice(text, sentence, np)) {
            return new SourceTyper.Typing(SourceType.OUTLET, "names the outlet '" + outlet.get(0).span().text(text) + "'", np.text());
        }
        int h = np.tokens().indexOf(np.head());
        if (h > 0 && SourceTyper.documentCompound(lex, np.tokens().get(h - 1), np.head())
                || np.isDefinite() && lex.isOutletHead(head) && takesUpDocument(text, np)) {
            return new SourceTyper.Typing(SourceType.DOCUMENT, "a document ('" + np.tokens().get(h - 1).text() + " " + np.head().text() + "')", np.text());
        }
        if (lex.isOutletHead(head) || lex.isDocumentHead(head) && PhraseShapes.hasOutletWord(lex, np) || PhraseShapes.outletName(lex, np)) {
            return new SourceTyper.Typing(SourceType.OUTLET, "a news outlet ('" + np.head().text() + "')", np.text());
        }
        if (NEWSROOM.contains(head) && (PhraseShapes.hasOutletWord(lex, np) || "the".equals(np.determiner()) && SourcingLexicons.is(lex.anonymity, head, "person"))) {
            return new SourceTyper.Typing(SourceType.OUTLET, "the staff of a news outlet as a body ('" + np.text() + "')", np.text());
        }
        if (!lex.anonymityPhrases.find(text, np.span()).isEmpty()) {
            return new SourceTyper.Typing(SourceType.ANONYMOUS, "anonymity phrase '" + lex.anonymityPhrases.find(text, np.span()).get(0).entry() + "'", np.text());
        }
        if (np.tokens().size() == 1 && np.isPlural() && PhraseShapes.isNewsPiece(lex, head)) {
            return new SourceTyper.Typing(SourceType.ANONYMOUS, "unspecified '" + head + "', by no one named", np.text());
        }
        String document = lex.isDocumentHead(head) ? head : PhraseShapes.hyphenatedHead(np);
        document = lex.isDocumentHead(document) ? document : PhraseShapes.documentAfterName(lex, np);
        if (lex.isDocumentHead(document)) {
            return new SourceTyper.Typing(SourceType.DOCUMENT, "a document ('" + document + "')", np.text());
        }
        return null;
    }

    /**
     * Whether the outlet named at {@code match} is who speaks: not where it only qualifies a poll or a
     * study ("a CNN-ORC poll"), a person's name stands in the phrase ("USA TODAY contributor David Marsh"),
     * or the name is a person's the article names in full ("Bloomberg" after "Michael Bloomberg").
     */
    private boolean outletSpeaks(NounPhrase np, Span match) {
        String head = np.headLower();
        if (np.head() != null && !match.contains(np.head().span())) {
            if (lex.isDocumentHead(head) && !PhraseShapes.isNewsPiece(lex, head)) {
                return false;
            }
        }
        for (List<Token> run : np.nameRuns()) {
            List<Token> words = NameCollector.nameWords(run, lex);
            if (words.size() > 1 && NameRoles.opensAsPersonName(words, lex) && !NounPhrase.spanOf(words).overlaps(match)) {
                return false; // "NBC News moderator Matt Lauer", "Dan Black of The Times": a journalist named as a person
            }
        }
        return !(np.isSingleName() && names.surnameOfPerson(np.headLower()));
    }

    /** The common nouns: spokespersons, institutions, unnamed people, office holders, described persons. */
    SourceTyper.Typing common(String text, Sentence sentence, NounPhrase np) {
        String head = np.headLower();
        if (lex.isSpokesperson(head)) {
            return new SourceTyper.Typing(SourceType.INSTITUTION, "a spokesperson speaks for an institution", np.text());
        }
        if (lex.isInstitutionHead(head) || named.institutionNamed(text, np)) {
            return new SourceTyper.Typing(SourceType.INSTITUTION, "an institution ('" + head + "')", np.text());
        }
        if (SourcingLexicons.is(lex.anonymity, head, "head")) {
            return new SourceTyper.Typing(SourceType.ANONYMOUS, "unnamed '" + head + "'", np.text());
        }
        if ("the".equals(np.determiner()) && PhraseShapes.isPlural(np) && lex.roleWords.contains(PhraseShapes.singular(head))) {
            return new SourceTyper.Typing(SourceType.NAMED_OFFICIAL, "identifiable office holders ('" + np.text() + "')", np.text());
        }
        if (lex.roleWords.contains(head) || roleIsHead(text, np) && !np.isPlural()) {
            if (np.isDefinite() && !np.isPlural() || np.determiner() == null && NounPhrase.isCapitalised(np.head()) && !np.isPlural()) {
                return new SourceTyper.Typing(SourceType.NAMED_OFFICIAL, "an identifiable office holder ('" + np.text() + "')", np.text());
            }
            return new SourceTyper.Typing(SourceType.ANONYMOUS, "an unnamed office holder ('" + np.text() + "')", np.text());
        }
        if (SourcingLexicons.is(lex.anonymity, head, "person")) {
            return new SourceTyper.Typing(SourceType.ANONYMOUS, "an unnamed person ('" + head + "')", np.text());
        }
        if (NounPhrase.isCapitalised(np.head())) {
            String office = names.officeOfSurname(NameRoles.surname(List.of(np.head()))); // "Trump" tagged as a common noun
            return office != null ? new SourceTyper.Typing(SourceType.NAMED_OFFICIAL, "a capitalised name with an office ('" + office + "')", np.text())
                    : new SourceTyper.Typing(SourceType.NAMED_PERSON, "a capitalised name", np.text());
        }
        if (np.isDefinite() && !np.isPlural() && PhraseShapes.personNoun(head)) {
            return "the".equals(np.determiner()) ? described(text, np)
                    : new SourceTyper.Typing(SourceType.NAMED_PERSON, "a definite description of an identifiable person ('" + np.text() + "')", np.text());
        }
        return new SourceTyper.Typing(SourceType.ANONYMOUS, "no name in '" + np.text() + "'", np.text());
    }

    /**
     * "the host said": a definite description of a person refers back to the person the article
     * introduced with that noun ("MSNBC host Joe Scarborough", "Ai Jun, a columnist"), the nearest
     * such before it; where none is, an identifiable person all the same.
     */
    private SourceTyper.Typing described(String text, NounPhrase np) {
        String noun = Pattern.quote(np.headLower());
        Pattern titleBefore = Pattern.compile("(?s).*\\b" + noun + "\\W*$");
        Pattern appositiveAfter = Pattern.compile("(?s)^\\W*,[^,.]*\\b" + noun + "\\b.*");
        List<NameIndex.Name> all = names.names();
        for (int i = all.size() - 1; i >= 0; i--) {
            NameIndex.Name n = all.get(i);
            if (n.span().end() > np.span().start() || !n.person()) {
                continue;
            }
            if (np.span().start() - n.span().start() > DESCRIBED_REACH) {
                break;
            }
            String before = text.substring(Math.max(0, n.span().start() - 30), n.span().start()).toLowerCase(java.util.Locale.ROOT);
            String after = text.substring(n.span().end(), Math.min(text.length(), n.span().end() + 40)).toLowerCase(java.util.Locale.ROOT);
            if (titleBefore.matcher(before).matches() || appositiveAfter.matcher(after).matches()) {
                return pronouns.asPerson(n, "'" + np.text() + "' describes ");
            }
        }
        return new SourceTyper.Typing(SourceType.NAMED_PERSON, "a definite description of an identifiable person ('" + np.text() + "')", np.text());
    }

    /**
     * Whether a role of the lexicon ends on the phrase's head ("the deputy prime minister"), not
     * where it only qualifies another noun ("the general-election audience" has no general).
     */
    private boolean roleIsHead(String text, NounPhrase np) {
        return np.head() != null && lex.roles.find(text, np.span()).stream().anyMatch(m -> m.span().contains(np.head().span()));
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
}
