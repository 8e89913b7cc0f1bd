package news.credibility.extract;

import java.util.List;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Types a source noun phrase from its words, the sentence around it and what the article says of
 * the names in it: pronouns by what they stand for ({@link PronounTyper}), counts of people, outlet
 * and document heads, anonymity phrases, names with or without an office given anywhere in the
 * article ({@link NamedTyper}), institutions and states, spokespersons, role nouns, definite
 * descriptions of someone named before, unnamed people and groups. The order of the checks is the
 * order of precedence; each typing carries the reason a reviewer can check.
 */
public final class SourceTyper {

    /** A source's type, the reason for it, and a readable canonical name. */
    public record Typing(SourceType type, String reason, String name) {
    }

    private final SourcingLexicons lex;
    private final NamedTyper named;
    private final PronounTyper pronouns;
    private final WordTyper words;

    public SourceTyper(SourcingLexicons lex, NameIndex names) {
        this.lex = lex;
        this.named = new NamedTyper(lex, names);
        this.pronouns = new PronounTyper(lex, names, this);
        this.words = new WordTyper(lex, names, named, pronouns);
    }

    public Typing type(String text, Sentence sentence, NounPhrase np) {
        return type(text, sentence, np, 0);
    }

    Typing type(String text, Sentence sentence, NounPhrase phrase, int depth) {
        NounPhrase np = PhraseShapes.withNounHead(phrase);
        String pronoun = Antecedents.pronoun(np);
        if (pronoun != null) {
            return pronouns.type(text, sentence, np, pronoun, depth);
        }
        if (PronounTyper.isLetUs(text, sentence, np)) {
            return new Typing(SourceType.OUTLET, "'let's' outside quotation: the writer's voice", np.text());
        }
        Typing appositive = named.appositiveToName(text, sentence, np);
        if (appositive != null) {
            return appositive;
        }
        Span member = PhraseShapes.namedMember(np);
        if (member != null && depth < 2) {
            Typing t = type(text, sentence, NounPhrase.of(text, sentence, member), depth + 1);
            return new Typing(t.type(), "a group named by its member '" + member.text(text) + "': " + t.reason(), t.name());
        }
        if (PhraseShapes.countsPeople(np) || PhraseShapes.groupByRelative(np)) {
            return new Typing(SourceType.ANONYMOUS, "a count or group of unnamed people ('" + np.text() + "')", np.text());
        }
        Typing byWords = words.outletOrDocument(text, sentence, np);
        if (byWords != null) {
            return byWords;
        }
        String head = np.headLower();
        boolean otherName = np.nameRuns().stream().anyMatch(r -> !r.contains(np.head()));
        if (lex.isInstitutionHead(head) && PhraseShapes.isPlural(np)) {
            return new Typing(SourceType.INSTITUTION, "institutions ('" + head + "')", np.text()); // "more than 40 states"
        }
        if ((PhraseShapes.QUANTIFIERS.contains(head) || np.head() != null && np.head().isPos("NUM")) && !otherName) {
            return new Typing(SourceType.ANONYMOUS, "an unnamed number of people ('" + np.text() + "')", np.text());
        }
        Typing byName = named.type(text, sentence, np);
        if (byName != null) {
            return byName;
        }
        NounPhrase possessed = afterPossessor(text, sentence, np);
        if (possessed != null && depth < 2) {
            Typing t = type(text, sentence, possessed, depth + 1); // "The Republican Party's presumed nominee, Trump"
            return new Typing(t.type(), "what '" + np.head().text() + "' has: " + t.reason(), t.name());
        }
        return words.common(text, sentence, np);
    }

    /**
     * "The Republican Party's presumed White House nominee, Trump": where the phrase's head is a
     * possessor with words after it, the phrase those words make (its head is what is possessed);
     * null where the head is no possessor.
     */
    private static NounPhrase afterPossessor(String text, Sentence sentence, NounPhrase np) {
        List<Token> ts = np.tokens();
        int h = ts.indexOf(np.head());
        if (h < 0 || h + 1 >= ts.size()) {
            return null;
        }
        String w = np.head().text().replace('’', '\'');
        int next = w.endsWith("'s") || w.endsWith("s'") ? h + 1 : ts.get(h + 1).text().replace('’', '\'').equals("'s") ? h + 2 : -1;
        if (next < 0 || next >= ts.size()) {
            return null;
        }
        NounPhrase rest = NounPhrase.of(text, sentence, new Span(ts.get(next).span().start(), np.span().end()));
        return rest.tokens().isEmpty() || rest.head() == null ? null : rest;
    }

    /** A two-word document name whose head alone means something else: "white paper" (not a newspaper). */
    static boolean documentCompound(SourcingLexicons lex, Token before, Token head) {
        return before != null && head != null && lex.documents.contains(before.lower() + " " + head.lower());
    }
}
