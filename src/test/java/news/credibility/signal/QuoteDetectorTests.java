package news.credibility.signal;

import static news.credibility.extract.SeedFixtures.read;
import static news.credibility.signal.SignalAssert.first;
import static news.credibility.signal.SignalAssert.has;
import static news.credibility.signal.SignalAssert.hasNot;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import news.credibility.extract.CueKind;
import news.credibility.extract.Reading;

class QuoteDetectorTests {

    @Test
    void curlyQuotesInTheContentAreADirectQuote() {
        String text = "The envoy called it a “grave violation of the truce.”";
        Reading r = read(text, a -> a.add("The envoy", "called", "The envoy", "it a “grave violation of the truce.”", "call", CueKind.VERB));
        has(r.claims().get(0), SignalType.DIRECT_QUOTE);
        assertThat(first(r.claims().get(0), SignalType.DIRECT_QUOTE).evidence().text(text)).isEqualTo("“grave violation of the truce.”");
    }

    @Test
    void straightQuotesAreADirectQuote() {
        String text = "\"We will not leave,\" the mayor said.";
        Reading r = read(text, a -> a.add("\"We", "said", "the mayor", "\"We will not leave,\"", "say", CueKind.VERB));
        has(r.claims().get(0), SignalType.DIRECT_QUOTE);
    }

    @Test
    void aParaphraseIsNoQuote() {
        String text = "The mayor said that she will not leave.";
        Reading r = read(text, a -> a.add("The mayor", "said", "The mayor", "that she will not leave", "say", CueKind.VERB));
        hasNot(r.claims().get(0), SignalType.DIRECT_QUOTE);
    }
}
