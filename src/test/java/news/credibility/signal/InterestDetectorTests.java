package news.credibility.signal;

import static news.credibility.extract.SeedFixtures.read;
import static news.credibility.signal.SignalAssert.has;
import static news.credibility.signal.SignalAssert.hasNot;

import org.junit.jupiter.api.Test;

import news.credibility.extract.CueKind;
import news.credibility.extract.Reading;

class InterestDetectorTests {

    @Test
    void aSourceClaimingSomethingOfItselfIsSelfServing() {
        String text = "Senator Bo Lind claims to have won every debate.";
        Reading r = read(text, a -> a.add("Senator", "claims", "Senator Bo Lind", "to have won every debate", "claim", CueKind.VERB));
        has(r.claims().get(0), SignalType.SELF_SERVING);
    }

    @Test
    void aStateNamingItselfAndItsEnemiesIsSelfServingAndInterested() {
        String text = "Syria contends that the rebels are Syria's enemies.";
        Reading r = read(text, a -> a.add("Syria", "contends", "Syria", "that the rebels are Syria's enemies", "contend", CueKind.VERB));
        has(r.claims().get(0), SignalType.SELF_SERVING);
        has(r.claims().get(0), SignalType.INTERESTED_PARTY);
    }

    @Test
    void anOfficialAccusingAnotherPartyIsAnInterestedParty() {
        String text = "The Turkish ambassador to the UN accused Athens of violating the treaty.";
        Reading r = read(text, a -> a.add("The Turkish", "accused", "The Turkish ambassador to the UN", "Athens of violating the treaty", "accuse", CueKind.VERB));
        has(r.claims().get(0), SignalType.INTERESTED_PARTY);
        hasNot(r.claims().get(0), SignalType.SELF_SERVING);
    }

    @Test
    void aSourceReportingOnOthersIsNeither() {
        String text = "The ministry said that the storm destroyed two villages.";
        Reading r = read(text, a -> a.add("The ministry", "said", "The ministry", "that the storm destroyed two villages", "say", CueKind.VERB));
        hasNot(r.claims().get(0), SignalType.SELF_SERVING);
        hasNot(r.claims().get(0), SignalType.INTERESTED_PARTY);
    }
}
