package news.credibility.signal;

import static news.credibility.extract.SeedFixtures.read;
import static news.credibility.signal.SignalAssert.has;
import static news.credibility.signal.SignalAssert.hasNot;

import org.junit.jupiter.api.Test;

import news.credibility.extract.CueKind;
import news.credibility.extract.Reading;

class SourceSignalsTests {

    @Test
    void aNamedOfficialIsOnTheRecordAndASingleSource() {
        String text = "Prime Minister Jan Olsen said that taxes will rise.";
        Reading r = read(text, a -> a.add("Prime", "said", "Prime Minister Jan Olsen", "that taxes will rise", "say", CueKind.VERB));
        has(r.claims().get(0), SignalType.NAMED_OFFICIAL);
        has(r.claims().get(0), SignalType.ON_RECORD);
        has(r.claims().get(0), SignalType.SINGLE_SOURCE);
        hasNot(r.claims().get(0), SignalType.ANONYMOUS_SOURCE);
    }

    @Test
    void anAnonymousSourceIsNotOnTheRecord() {
        String text = "Officials familiar with the plan said that taxes will rise.";
        Reading r = read(text, a -> a.add("Officials", "said", "Officials familiar with the plan", "that taxes will rise", "say", CueKind.VERB));
        has(r.claims().get(0), SignalType.ANONYMOUS_SOURCE);
        hasNot(r.claims().get(0), SignalType.ON_RECORD);
    }

    @Test
    void anOfficialStatementIsADocumentAndAnOfficialStatement() {
        String text = "Taxes will rise, according to a Treasury statement.";
        Reading r = read(text, a -> a.add("Taxes", "according to", "a Treasury statement", "Taxes will rise", "according to", CueKind.ACCORDING_TO));
        has(r.claims().get(0), SignalType.DOCUMENT);
        has(r.claims().get(0), SignalType.OFFICIAL_STATEMENT);
    }

    @Test
    void aStudyIsADocumentButNoOfficialStatement() {
        String text = "Taxes will rise, according to a university study.";
        Reading r = read(text, a -> a.add("Taxes", "according to", "a university study", "Taxes will rise", "according to", CueKind.ACCORDING_TO));
        has(r.claims().get(0), SignalType.DOCUMENT);
        hasNot(r.claims().get(0), SignalType.OFFICIAL_STATEMENT);
    }

    @Test
    void twoPartiesTogetherAreNotASingleSource() {
        String text = "The UN and local activists said that the camp is full.";
        Reading r = read(text, a -> a.add("The UN", "said", "The UN and local activists", "that the camp is full", "say", CueKind.VERB));
        hasNot(r.claims().get(0), SignalType.SINGLE_SOURCE);
    }

    @Test
    void anUnattributedClaimHasNoSourceSignals() {
        Reading r = read("Taxes rose in May.", a -> a);
        hasNot(r.claims().get(0), SignalType.SINGLE_SOURCE);
        hasNot(r.claims().get(0), SignalType.ON_RECORD);
    }
}
