package news.credibility.signal;

import static news.credibility.extract.SeedFixtures.claim;
import static news.credibility.extract.SeedFixtures.read;
import static news.credibility.signal.SignalAssert.first;
import static news.credibility.signal.SignalAssert.has;
import static news.credibility.signal.SignalAssert.hasNot;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.credibility.extract.CueKind;
import news.credibility.extract.Reading;

class HedgeDetectorTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The general reportedly met the envoy.", "The general allegedly met the envoy.",
            "The general ostensibly met the envoy.", "The agencies have long been believed to back the general.",
            "The general is seen as a proxy for his father."})
    void hedgeWordsInAnUnattributedSentence(String sentence) {
        has(read(sentence, a -> a).claims().get(0), SignalType.HEDGED);
    }

    @Test
    void aPlainAssertionIsNotHedged() {
        hasNot(read("The general met the envoy in May.", a -> a).claims().get(0), SignalType.HEDGED);
    }

    @Test
    void claimsAsACueIsAHedgeAndSaysAsACueIsNot() {
        String text = "A lawyer claims that the vote was rigged. A judge says that the vote was fair.";
        Reading r = read(text, a -> a
                .add("A lawyer", "claims", "A lawyer", "that the vote was rigged", "claim", CueKind.VERB)
                .add("A judge", "says", "A judge", "that the vote was fair", "say", CueKind.VERB));
        has(claim(r, "rigged"), SignalType.HEDGED);
        assertThat(first(claim(r, "rigged"), SignalType.HEDGED).evidence().text(text)).isEqualTo("claims");
        hasNot(claim(r, "fair"), SignalType.HEDGED);
    }

    @Test
    void oneHedgeIsCountedOnceAndTwoHedgesTwice() {
        String once = "The agencies have long been believed to back the general.";
        Reading r1 = read(once, a -> a.add("The agencies", "been believed to", null, "back the general", "believe", CueKind.EVIDENTIAL));
        assertThat(r1.claims().get(0).signals()).filteredOn(s -> s.type() == SignalType.HEDGED).hasSize(1);
        String twice = "The bid is allegedly backed by a party which reportedly met him.";
        assertThat(read(twice, a -> a).claims().get(0).signals()).filteredOn(s -> s.type() == SignalType.HEDGED).hasSize(2);
    }

    @Test
    void anEvidentialCueWithoutSourceIsAHedge() {
        String text = "The company is said to have paid the fine.";
        Reading r = read(text, a -> a.add("The company", "is said to", null, "have paid the fine", "say", CueKind.EVIDENTIAL));
        has(claim(r, "paid the fine"), SignalType.HEDGED);
    }
}
