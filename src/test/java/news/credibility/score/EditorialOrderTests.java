package news.credibility.score;

import static news.credibility.extract.SourceType.ANONYMOUS;
import static news.credibility.extract.SourceType.DOCUMENT;
import static news.credibility.extract.SourceType.INSTITUTION;
import static news.credibility.extract.SourceType.NAMED_OFFICIAL;
import static news.credibility.extract.SourceType.OUTLET;
import static news.credibility.score.Rules.score;
import static news.credibility.signal.SignalType.ANONYMOUS_ORIGIN;
import static news.credibility.signal.SignalType.CORROBORATED;
import static news.credibility.signal.SignalType.DENIED;
import static news.credibility.signal.SignalType.DIRECT_QUOTE;
import static news.credibility.signal.SignalType.EXCLUSIVE;
import static news.credibility.signal.SignalType.HEDGED;
import static news.credibility.signal.SignalType.INTERESTED_PARTY;
import static news.credibility.signal.SignalType.OFFICIAL_STATEMENT;
import static news.credibility.signal.SignalType.ON_RECORD;
import static news.credibility.signal.SignalType.SAME_SOURCE;
import static news.credibility.signal.SignalType.SECOND_HAND;
import static news.credibility.signal.SignalType.SINGLE_OUTLET;
import static news.credibility.signal.SignalType.SINGLE_SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The order an editor must be able to defend (seed-expectations.md): claims resting on a named
 * official on the record, a document or independent sources rank above claims resting on one
 * anonymous source, an unnamed outlet or nothing; a denial or a hedge lowers a claim. Claims are
 * built like the seeds' rows (source type and signals), not extracted.
 */
class EditorialOrderTests {

    static ScoredClaim zarif() {
        return score(ClaimFixture.in("\"Iran wants a political solution,\" Zarif stated at a joint press conference.")
                .source(NAMED_OFFICIAL, "Zarif").cue("stated").signal(DIRECT_QUOTE, "\"Iran wants a political solution,\"")
                .signal(ON_RECORD, "at a joint press conference"));
    }

    static ScoredClaim whiteHouseStatement() {
        return score(ClaimFixture.in("Trump recognised Haftar's role, according to a White House statement.")
                .source(DOCUMENT, "a White House statement").cue("according to").signal(DIRECT_QUOTE, "recognised Haftar's role")
                .signal(OFFICIAL_STATEMENT, "a White House statement"));
    }

    static ScoredClaim stateDepartment() {
        return score(ClaimFixture.in("\"We take no position,\" a spokesman for the State Department told the Free Beacon.")
                .source(INSTITUTION, "a spokesman for the State Department").cue("told").signal(DIRECT_QUOTE, "\"We take no position,\"")
                .signal(ON_RECORD, "told the Free Beacon"));
    }

    static ClaimFixture envoy() {
        return ClaimFixture.in("Iran provides Haftar with weapons, the Israeli envoy to the UN said. Iran denies these allegations.")
                .source(NAMED_OFFICIAL, "the Israeli envoy to the UN").cue("said").content("Iran provides Haftar with weapons")
                .signal(INTERESTED_PARTY, "the Israeli envoy to the UN");
    }

    static ClaimFixture journalistsSource() {
        return ClaimFixture.in("Haftar met Mossad in Cairo, an Israeli journalist, who claims the anonymous source told him.")
                .source(ANONYMOUS, "the anonymous source").cue("told").content("Haftar met Mossad in Cairo")
                .signal(HEDGED, "claims").signal(SINGLE_SOURCE, "the anonymous source");
    }

    static ScoredClaim freeBeaconSource() {
        return score(ClaimFixture.in("Israeli officials met Saddam Haftar, a source familiar with the meeting told the Free Beacon.")
                .source(ANONYMOUS, "a source familiar with the meeting").cue("told")
                .signal(SINGLE_SOURCE, "a source familiar with the meeting").signal(EXCLUSIVE, "told the Free Beacon"));
    }

    static ScoredClaim unnamedArabNewspaper() {
        return score(ClaimFixture.in("The Jerusalem Post published an account from an unnamed Arab newspaper that Haftar met Israelis.")
                .source(OUTLET, "The Jerusalem Post").cue("published an account").signal(SECOND_HAND, "published an account from")
                .signal(ANONYMOUS_ORIGIN, "an unnamed Arab newspaper"));
    }

    static ScoredClaim corriere() {
        return score(ClaimFixture.in("Putin allegedly backs Qaddafi and reportedly met him, according to Corriere della Sera.")
                .source(OUTLET, "Corriere della Sera").cue("according to").signal(SECOND_HAND, "according to Corriere della Sera")
                .signal(SINGLE_OUTLET, "Corriere della Sera").signal(HEDGED, "allegedly").signal(HEDGED, "reportedly"));
    }

    static ScoredClaim unattributed() {
        return score(ClaimFixture.in("Haftar lived in Langley, Virginia for two decades."));
    }

    static ScoredClaim opinion() {
        return score(ClaimFixture.in("The stench of the CIA is all over this.").opinion());
    }

    @Test
    void onTheRecordAndDocumentedClaimsRankAboveAnonymousOutletAndUnsourcedOnes() {
        List<ScoredClaim> strong = List.of(zarif(), whiteHouseStatement(), stateDepartment());
        List<ScoredClaim> weak = List.of(score(journalistsSource()), freeBeaconSource(), unnamedArabNewspaper(), corriere(),
                unattributed(), opinion());
        int weakest = strong.stream().mapToInt(ScoredClaim::score).min().orElseThrow();
        int strongestWeak = weak.stream().mapToInt(ScoredClaim::score).max().orElseThrow();
        assertThat(weakest).isGreaterThan(strongestWeak);
        assertThat(strong).allSatisfy(c -> {
            assertThat(c.band()).isEqualTo(Band.STRONG);
            assertThat(c.grade()).isEqualTo(2);
        });
        assertThat(weak).allSatisfy(c -> {
            assertThat(c.band()).isIn(Band.WEAK, Band.UNSUPPORTED);
            assertThat(c.grade()).isGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void aDenialLowersAClaim() {
        ScoredClaim denied = score(envoy().signal(DENIED, "Iran denies these allegations"));
        assertThat(denied.score()).isLessThan(score(envoy()).score());
        assertThat(denied.grade()).isGreaterThan(2);
    }

    @Test
    void aHedgeLowersAClaim() {
        ScoredClaim hedged = score(journalistsSource());
        ScoredClaim plain = score(ClaimFixture.in("Haftar met Mossad in Cairo, an Israeli journalist, who claims the anonymous source told him.")
                .source(ANONYMOUS, "the anonymous source").cue("told").content("Haftar met Mossad in Cairo")
                .signal(SINGLE_SOURCE, "the anonymous source"));
        assertThat(hedged.score()).isLessThan(plain.score());
    }

    @Test
    void unattributedClaimsAndOpinionCannotBeJudged() {
        assertThat(unattributed().grade()).isEqualTo(6);
        assertThat(opinion().grade()).isEqualTo(6);
        assertThat(opinion().score()).isLessThanOrEqualTo(unattributed().score());
    }

    @Test
    void theSameSourceRepeatedIsNotCorroborationButIndependentSourcesAre() {
        ScoredClaim alone = score(journalistsSource());
        ScoredClaim repeated = score(journalistsSource().signal(SAME_SOURCE, "the anonymous source", "same source as c4 and c5"));
        assertThat(repeated.score()).isEqualTo(alone.score());
        assertThat(repeated.grade()).isEqualTo(alone.grade()).isGreaterThan(2);

        ScoredClaim corroborated = score(ClaimFixture.in("Haftar met Mossad in Cairo, the anonymous source and two officials said.")
                .source(ANONYMOUS, "the anonymous source").cue("said").signal(CORROBORATED, "two officials"));
        assertThat(corroborated.score()).isGreaterThan(alone.score());
        assertThat(corroborated.grade()).isIn(1, 2);
    }
}
