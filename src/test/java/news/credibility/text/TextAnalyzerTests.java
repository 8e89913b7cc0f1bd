package news.credibility.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextAnalyzerTests {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    @Test
    void sentencesAndTokensPointIntoTheOriginalText() {
        String text = "Headline Without Stop\n\n  The minister said the talks failed. “We tried,” she added.\nNext paragraph here.\n";
        int bodyStart = text.indexOf("  The");
        List<Region> regions = List.of(
                new Region(new Span(0, bodyStart), RegionKind.HEADLINE, "first line"),
                new Region(new Span(bodyStart, text.length()), RegionKind.BODY, "body"));

        AnalyzedText analyzed = ANALYZER.analyze(new Article("a", text), regions);

        assertThat(analyzed.sentences()).extracting(s -> s.text(text)).containsExactly(
                "Headline Without Stop", "The minister said the talks failed.", "“We tried,” she added.", "Next paragraph here.");
        assertThat(analyzed.sentences()).extracting(Sentence::headline).containsExactly(true, false, false, false);
        assertThat(analyzed.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
        assertThat(analyzed.bodySentences()).hasSize(3);
        for (Sentence s : analyzed.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(t.span().text(text)).isEqualTo(t.text());
                assertThat(s.span().contains(t.span())).isTrue();
            }
        }
    }

    @Test
    void tagsAreUniversalDependencies() {
        String text = "The minister said the talks failed.";
        AnalyzedText analyzed = ANALYZER.analyze(new Article("a", text),
                List.of(new Region(new Span(0, text.length()), RegionKind.BODY, "body")));

        List<Token> tokens = analyzed.sentences().get(0).tokens();
        assertThat(tokens).extracting(Token::text).containsExactly("The", "minister", "said", "the", "talks", "failed", ".");
        assertThat(tokens).extracting(Token::pos).containsExactly("DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "PUNCT");
    }

    @Test
    void boilerplateRegionsGetNoSentences() {
        String text = "Real sentence here.\nADVERTISEMENT\n";
        int ad = text.indexOf("ADVERTISEMENT");
        AnalyzedText analyzed = ANALYZER.analyze(new Article("a", text), List.of(
                new Region(new Span(0, ad), RegionKind.BODY, "body"),
                new Region(new Span(ad, text.length()), RegionKind.BOILERPLATE, "advertisement")));

        assertThat(analyzed.sentences()).extracting(s -> s.text(text)).containsExactly("Real sentence here.");
    }

    @Test
    void aByteOrderMarkIsNeverPartOfASentence() {
        String text = "\uFEFFThe minister said the talks failed.";
        AnalyzedText analyzed = ANALYZER.analyze(new Article("a", text),
                List.of(new Region(new Span(0, text.length()), RegionKind.BODY, "body")));

        Sentence s = analyzed.sentences().get(0);
        assertThat(s.span().start()).isEqualTo(1);
        assertThat(s.tokens().get(0).text()).isEqualTo("The");
        assertThat(s.tokens().get(0).span().start()).isEqualTo(1);
    }

    @Test
    void aTitleOrAnInitialDoesNotEndASentence() {
        String text = "The vice-presidential nominee Gov. Mike Pence said the plan failed. Rep. Charles B. Rangel of New York agreed.";
        AnalyzedText analyzed = ANALYZER.analyze(new Article("a", text),
                List.of(new Region(new Span(0, text.length()), RegionKind.BODY, "body")));

        assertThat(analyzed.sentences()).extracting(s -> s.text(text)).containsExactly(
                "The vice-presidential nominee Gov. Mike Pence said the plan failed.",
                "Rep. Charles B. Rangel of New York agreed.");
        assertThat(analyzed.sentences()).extracting(Sentence::index).containsExactly(0, 1);
    }
}
