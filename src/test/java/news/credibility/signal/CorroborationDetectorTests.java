package news.credibility.signal;

import static news.credibility.extract.SeedFixtures.claim;
import static news.credibility.extract.SeedFixtures.read;
import static news.credibility.signal.SignalAssert.has;
import static news.credibility.signal.SignalAssert.hasNot;

import org.junit.jupiter.api.Test;

import news.credibility.extract.CueKind;
import news.credibility.extract.Reading;

class CorroborationDetectorTests {

    @Test
    void twoIndependentSourcesReportingTheSameFactCorroborateIt() {
        String text = "Police chief Ann Brook said that the gunman fired six shots at the crowd near the station. "
                + "A witness, Tom Hale, said that the gunman fired six shots at the crowd near the station.";
        Reading r = read(text, a -> a
                .add("Police chief", "said", "Police chief Ann Brook", "that the gunman fired six shots at the crowd near the station", "say", CueKind.VERB)
                .add("A witness", "said", "A witness, Tom Hale", "that the gunman fired six shots at the crowd near the station", "say", CueKind.VERB));
        r.claims().forEach(c -> has(c, SignalType.CORROBORATED));
    }

    @Test
    void theSameSourceTwiceIsNoCorroboration() {
        String text = "Police chief Ann Brook said that the gunman fired six shots at the crowd near the station. "
                + "Brook said that the gunman fired six shots at the crowd near the station.";
        Reading r = read(text, a -> a
                .add("Police chief", "said", "Police chief Ann Brook", "that the gunman fired six shots at the crowd near the station", "say", CueKind.VERB)
                .add("Brook said", "said", "Brook", "that the gunman fired six shots at the crowd near the station", "say", CueKind.VERB));
        r.claims().forEach(c -> hasNot(c, SignalType.CORROBORATED));
    }

    @Test
    void differentFactsFromDifferentSourcesAreNoCorroboration() {
        String text = "Police chief Ann Brook said that the gunman fired six shots at the crowd. "
                + "A witness, Tom Hale, said that the bus left the station late on Monday.";
        Reading r = read(text, a -> a
                .add("Police chief", "said", "Police chief Ann Brook", "that the gunman fired six shots at the crowd", "say", CueKind.VERB)
                .add("A witness", "said", "A witness, Tom Hale", "that the bus left the station late on Monday", "say", CueKind.VERB));
        hasNot(claim(r, "six shots"), SignalType.CORROBORATED);
    }
}
