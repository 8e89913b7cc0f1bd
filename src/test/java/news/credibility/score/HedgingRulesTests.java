package news.credibility.score;

import static news.credibility.score.Rules.assertDoesNotFire;
import static news.credibility.score.Rules.assertFires;
import static news.credibility.score.Rules.score;
import static news.credibility.signal.SignalType.HEDGED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import news.credibility.extract.SourceType;

/** hedging.drl: the article distancing itself from a claim. */
class HedgingRulesTests {

    private static final String TEXT = "Putin allegedly met Qaddafi in Moscow and reportedly backs his bid, Corriere della Sera said.";

    static ClaimFixture outlet() {
        return ClaimFixture.in(TEXT).source(SourceType.OUTLET, "Corriere della Sera").cue("said");
    }

    @Test
    @DisplayName("Hedged wording")
    void hedgedWording() {
        ScoredClaim hedged = score(outlet().signal(HEDGED, "allegedly"));
        RuleFiring firing = assertFires(hedged, "Hedged wording");
        assertThat(firing.points()).isNegative();
        assertThat(firing.reason()).isEqualTo("hedged by \"allegedly\"");
        assertThat(firing.evidence()).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("allegedly");
            assertThat(e.span().text(TEXT)).isEqualTo("allegedly");
        });
        assertThat(hedged.score()).isLessThan(score(outlet()).score());
        assertDoesNotFire(score(outlet()), "Hedged wording");
    }

    @Test
    @DisplayName("Hedged more than once")
    void hedgedMoreThanOnce() {
        ScoredClaim twice = score(outlet().signal(HEDGED, "allegedly").signal(HEDGED, "reportedly"));
        RuleFiring firing = assertFires(twice, "Hedged more than once");
        assertThat(firing.points()).isNegative();
        assertThat(firing.evidence()).extracting(Evidence::text).containsExactly("allegedly", "reportedly");
        assertFires(twice, "Hedged wording");
        assertDoesNotFire(score(outlet().signal(HEDGED, "allegedly")), "Hedged more than once");
    }
}
