package news.credibility.extract;

import news.credibility.text.AnalyzedText;
import news.credibility.text.Sentence;
import news.credibility.text.Span;

/** Types a source phrase in a short text read as a whole article, as the reading would. */
final class TypingFixture {

    static final SourcingLexicons LEX = SourcingLexicons.of(SeedFixtures.lexicons());

    private TypingFixture() {
    }

    /** The type of the last occurrence of {@code source}'s words in {@code text}. */
    static SourceTyper.Typing typeLast(String text, String source) {
        int at = text.lastIndexOf(source);
        AnalyzedText analyzed = SeedFixtures.body(text);
        Span span = new Span(at, at + source.length());
        Sentence s = analyzed.sentences().stream().filter(x -> x.span().contains(span)).findFirst().orElseThrow();
        return new SourceTyper(LEX, NameIndex.build(analyzed, LEX)).type(text, s, NounPhrase.of(text, s, span));
    }
}
