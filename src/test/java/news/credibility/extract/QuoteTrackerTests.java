package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.credibility.text.AnalyzedText;
import news.credibility.text.Article;
import news.credibility.text.Region;
import news.credibility.text.RegionKind;
import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.TextAnalyzer;

class QuoteTrackerTests {

    private static List<Sentence> sentences(String text) {
        AnalyzedText analyzed = new TextAnalyzer().analyze(new Article("q", text),
                List.of(new Region(new Span(0, text.length()), RegionKind.BODY, "body")));
        return analyzed.sentences();
    }

    @Test
    void followsAQuotationOverSentencesAndKnowsWhereItOpened() {
        String text = "“We tried hard. We failed. We will try again,” she said.";
        List<Sentence> ss = sentences(text);
        assertThat(ss).hasSizeGreaterThan(1);
        QuoteTracker quotes = new QuoteTracker();
        quotes.startParagraph();

        assertThat(quotes.openAtStart()).isFalse();
        assertThat(quotes.openAtEnd(ss.get(0))).isTrue();
        quotes.advance(ss.get(0));
        assertThat(quotes.openAtStart()).isTrue();
        assertThat(quotes.openedAt()).isZero();
        Sentence last = ss.get(ss.size() - 1);
        int said = text.indexOf("said");
        assertThat(quotes.inside(last, new Span(said, said + 4))).isFalse();
        int failed = text.indexOf("failed");
        assertThat(quotes.inside(ss.get(1), new Span(failed, failed + 6))).isTrue();
    }

    @Test
    void quoteMarksGluedToPunctuationCount() {
        String text = "“Is it a mistake?” he asked.";
        List<Sentence> ss = sentences(text);
        QuoteTracker quotes = new QuoteTracker();
        quotes.startParagraph();
        ss.forEach(quotes::advance);

        assertThat(quotes.openAtStart()).isFalse();
        assertThat(quotes.lastOpenedAt()).isZero();
        assertThat(QuoteTracker.startsWithQuote(ss.get(0))).isTrue();
    }

    @Test
    void anOpeningDoubledApostropheStartsAQuote() {
        List<Sentence> ss = sentences("''Tell that to the janitor,'' Mr. Biden said.");
        assertThat(QuoteTracker.startsWithQuote(ss.get(0))).isTrue();
    }
    @Test
    void aClosingDoubledApostropheLeftOnItsWordClosesTheQuotation() {
        String text = "The hashtag #UneBougiePourParis - ''a candle for Paris'' - was also trending. ''I see lights,'' he said.";
        List<Sentence> ss = sentences(text);
        QuoteTracker quotes = new QuoteTracker();
        quotes.startParagraph();
        assertThat(quotes.openAtEnd(ss.get(0))).isFalse();
        quotes.advance(ss.get(0));
        Sentence last = ss.get(ss.size() - 1);
        int said = text.indexOf("said");
        assertThat(quotes.inside(last, new Span(said, said + 4))).isFalse();
    }
    @Test
    void aClosingDoubledApostropheGluedToPunctuationClosesTheQuotation() {
        String text = "''Do you want Facebook looking at people's posts?'' said Zeynep Tufekci, a professor.";
        Sentence s = sentences(text).get(0);
        QuoteTracker quotes = new QuoteTracker();
        quotes.startParagraph();
        int said = text.indexOf("said");
        assertThat(quotes.inside(s, new Span(said, said + 4))).isFalse();
        assertThat(quotes.openAtEnd(s)).isFalse();
    }
}
