package news.credibility.signal;

import static news.credibility.extract.SeedFixtures.claim;
import static news.credibility.extract.SeedFixtures.read;
import static news.credibility.extract.SeedFixtures.readAs;
import static news.credibility.signal.SignalAssert.first;
import static news.credibility.signal.SignalAssert.has;
import static news.credibility.signal.SignalAssert.hasNot;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import news.credibility.extract.CueKind;
import news.credibility.extract.Reading;

class SecondHandDetectorTests {

    @Test
    void anotherOutletAsSourceIsSecondHandFromOneOutlet() {
        String text = "The envoy met the rebels in June, according to the Spanish newspaper El Pais.";
        Reading r = read(text, a -> a.add("The envoy", "according to", "the Spanish newspaper El Pais", "The envoy met the rebels in June", "according to", CueKind.ACCORDING_TO));
        has(r.claims().get(0), SignalType.SECOND_HAND);
        has(r.claims().get(0), SignalType.SINGLE_OUTLET);
        assertThat(first(r.claims().get(0), SignalType.OUTLET_NAMED).detail()).isEqualTo("El Pais");
        hasNot(r.claims().get(0), SignalType.ANONYMOUS_ORIGIN);
    }

    @Test
    void anOutletRelayingAnUnnamedOneHasAnAnonymousOrigin() {
        String text = "Haaretz published an account from an unnamed Gulf newspaper asserting that the deal was struck.";
        Reading r = read(text, a -> a.add("Haaretz", "asserting", "Haaretz published an account from an unnamed Gulf newspaper", "that the deal was struck", "assert", CueKind.VERB));
        has(r.claims().get(0), SignalType.SECOND_HAND);
        has(r.claims().get(0), SignalType.ANONYMOUS_ORIGIN);
    }

    @Test
    void anOutletRelayingUnnamedSourcesHasAnAnonymousOrigin() {
        String text = "Military sources expect a long war, according to a report in Le Monde.";
        Reading r = read(text, a -> a.add("Military", "according to", "a report in Le Monde", "Military sources expect a long war", "according to", CueKind.ACCORDING_TO));
        has(r.claims().get(0), SignalType.SECOND_HAND);
        has(r.claims().get(0), SignalType.ANONYMOUS_ORIGIN);
        assertThat(first(r.claims().get(0), SignalType.ANONYMOUS_ORIGIN).evidence().text(text)).isEqualTo("Military sources");
    }

    @Test
    void aSourceWhoToldThisOutletGivesAnExclusiveNotASecondHandClaim() {
        String text = "A senior official told Politico that the summit is off.";
        Reading r = readAs("Politico", text, a -> a.add("A senior", "told", "A senior official", "that the summit is off", "tell", CueKind.VERB));
        has(r.claims().get(0), SignalType.EXCLUSIVE);
        hasNot(r.claims().get(0), SignalType.SECOND_HAND);
    }

    @Test
    void aSourceWhoToldAnotherOutletMakesTheClaimSecondHand() {
        String text = "A senior official told Politico that the summit is off.";
        Reading r = readAs("Reuters", text, a -> a.add("A senior", "told", "A senior official", "that the summit is off", "tell", CueKind.VERB));
        has(r.claims().get(0), SignalType.SECOND_HAND);
        hasNot(r.claims().get(0), SignalType.EXCLUSIVE);
    }

    @Test
    void aNamedOfficialSpeakingPubliclyIsNotSecondHand() {
        String text = "Mayor Ana Diaz said that the bridge will reopen.";
        Reading r = read(text, a -> a.add("Mayor", "said", "Mayor Ana Diaz", "that the bridge will reopen", "say", CueKind.VERB));
        hasNot(claim(r, "bridge"), SignalType.SECOND_HAND);
        hasNot(claim(r, "bridge"), SignalType.OUTLET_NAMED);
    }
}
