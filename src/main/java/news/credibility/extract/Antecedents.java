package news.credibility.extract;

import java.util.List;
import java.util.Set;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * What a pronoun source stands for. A relative pronoun ("who", "which", "that", "whose") takes the
 * noun phrase right before it; "he", "she", "his", "her" the person named before it whose gender
 * fits (an honorific or a given name tells it); "it", "its" the nearest document, outlet or
 * institution noun before it. Returns the phrase or name it found; the typer types that.
 */
final class Antecedents {

    static final Set<String> RELATIVE = Set.of("who", "whom", "whose", "which", "that");
    static final Set<String> MASCULINE = Set.of("he", "him", "his", "himself");
    static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");
    static final Set<String> NEUTER = Set.of("it", "its");
    /** "Trump reminds me of ...": the writer's singular or plural self as a source. */
    static final Set<String> FIRST_PERSON_OBJECTS = Set.of("me", "us", "myself", "ourselves");

    private final SourcingLexicons lex;
    private final NameIndex names;

    Antecedents(SourcingLexicons lex, NameIndex names) {
        this.lex = lex;
        this.names = names;
    }

    /** The single pronoun word of {@code np}, lower case, or null where it is not one pronoun. */
    static String pronoun(NounPhrase np) {
        if (np.tokens().size() != 1) {
            return null;
        }
        String w = np.tokens().get(0).lower();
        return RELATIVE.contains(w) || MASCULINE.contains(w) || FEMININE.contains(w) || NEUTER.contains(w)
                || NounPhrase.PRONOUNS.contains(w) || FIRST_PERSON_OBJECTS.contains(w) ? w : null;
    }

    /** The noun phrase a relative pronoun follows ("Ted Cruz (whose ...", "critics who ..."), or null. */
    NounPhrase relativeHead(String text, Sentence s, NounPhrase np) {
        List<Token> ts = s.tokens();
        int i = ts.indexOf(np.tokens().get(0)) - 1;
        while (i >= 0 && (ts.get(i).text().equals(",") || ts.get(i).text().equals("("))) {
            i--;
        }
        int end = i;
        while (i >= 0 && nominal(ts.get(i))) {
            i--;
        }
        if (end < 0 || i == end) {
            return null;
        }
        int from = i >= 0 && NounPhrase.DETERMINERS.contains(ts.get(i).lower()) ? i : i + 1;
        NounPhrase head = NounPhrase.of(text, s, new Span(ts.get(from).span().start(), ts.get(end).span().end()));
        return head.tokens().isEmpty() || pronoun(head) != null ? null : head;
    }

    private static boolean nominal(Token t) {
        return t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("ADJ") || t.isPos("NUM")
                || NounPhrase.isCapitalised(t) && !t.isPos("PRON") && !t.isPos("DET") || t.text().equals(".") || t.text().equals("-");
    }

    /** The person a personal pronoun at {@code at} stands for, or null where none fits. */
    NameIndex.Name person(String text, String pronoun, Span at) {
        char wanted = MASCULINE.contains(pronoun) ? 'm' : 'f';
        boolean quoted = NameCues.isQuoted(text, at.start());
        return names.antecedent(at.start(), n -> isPerson(text, n) && (names.genderOf(n) == wanted || names.genderOf(n) == '?')
                && (quoted || !n.quoted())); // "he said" outside quotes is not someone named inside them
    }

    /**
     * A name a pronoun may stand for: one opening on an honorific or a given name, or carrying an
     * office, or a surname of such a full name; not an organisation, an outlet or a common word.
     */
    private boolean isPerson(String text, NameIndex.Name n) {
        if (!lex.namedInstitutions.find(text, n.span()).isEmpty() || !lex.namedOutlets.find(text, n.span()).isEmpty()
                || lex.isInstitutionHead(n.last()) || lex.anonymity.contains(n.last())) {
            return false;
        }
        return n.person() || names.surnameOfPerson(n.last());
    }

    /** The type "it" or "its" at {@code at} stands for: the nearest document, outlet or institution noun before it. */
    SourceType neuter(String text, Span at) {
        int here = names.sentenceOf(at.start());
        List<Sentence> ss = names.sentences();
        for (int si = Math.min(here, ss.size() - 1); si >= 0 && si >= here - 2; si--) {
            List<Token> ts = ss.get(si).tokens();
            SourceType found = null;
            boolean opening = si != here && !ts.isEmpty() && (ts.get(0).isPos("ADP") || ts.get(0).isPos("SCONJ"));
            Token prev = null;
            for (Token t : ts) {
                Token before = prev;
                prev = t;
                if (t.span().start() >= at.start()) {
                    break;
                }
                if (opening) { // "For a government not known for its transparency, the white paper is ...": not the subject
                    opening = !t.text().equals(",");
                    continue;
                }
                SourceType type = kindOf(text, before, t);
                if (type != null && (found == null || si == here)) {
                    found = type; // the nearest in its own sentence, the first (the subject) in one before
                }
                if (found != null && si != here) {
                    break;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private SourceType kindOf(String text, Token prev, Token t) {
        String w = t.lower();
        if (!t.pos().startsWith("NOUN") && !t.pos().startsWith("PROPN")) {
            return null;
        }
        if (lex.isDocumentHead(w) && !NounPhrase.isCapitalised(t) || SourceTyper.documentCompound(lex, prev, t)) {
            return SourceType.DOCUMENT;
        }
        if (lex.isOutletHead(w) || !lex.namedOutlets.find(text, t.span()).isEmpty()) {
            return SourceType.OUTLET;
        }
        if (lex.isInstitutionHead(w) || !lex.namedInstitutions.find(text, t.span()).isEmpty()) {
            return SourceType.INSTITUTION;
        }
        return null;
    }
}
