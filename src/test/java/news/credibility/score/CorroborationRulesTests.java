package news.credibility.score;

import static news.credibility.score.Rules.assertDoesNotFire;
import static news.credibility.score.Rules.assertFires;
import static news.credibility.score.Rules.score;
import static news.credibility.signal.SignalType.ANONYMOUS_ORIGIN;
import static news.credibility.signal.SignalType.CORROBORATED;
import static news.credibility.signal.SignalType.EXCLUSIVE;
import static news.credibility.signal.SignalType.SAME_SOURCE;
import static news.credibility.signal.SignalType.SECOND_HAND;
import static news.credibility.signal.SignalType.SINGLE_OUTLET;
import static news.credibility.signal.SignalType.SINGLE_SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import news.credibility.extract.SourceType;

/** corroboration.drl: independent sources, the same source repeated, single source and outlet, second-hand. */
class CorroborationRulesTests {

    private static final String TEXT = "Israeli officials met Saddam Haftar, a source familiar with the meeting told the Free Beacon. "
            + "Two Libyan officials and a UN report independently describe the meeting.";
    private static final String RELAYED = "The Jerusalem Post published an account from an unnamed Arab newspaper saying Haftar met Israeli officials.";

    static ClaimFixture source() {
        return ClaimFixture.in(TEXT).source(SourceType.ANONYMOUS, "a source familiar with the meeting").cue("told")
                .content("Israeli officials met Saddam Haftar");
    }

    static ClaimFixture relayed() {
        return ClaimFixture.in(RELAYED).source(SourceType.OUTLET, "The Jerusalem Post").cue("published an account")
                .content("Haftar met Israeli officials");
    }

    @Test
    @DisplayName("Corroborated by independent sources")
    void corroboratedByIndependentSources() {
        ScoredClaim corroborated = score(source().signal(CORROBORATED, "Two Libyan officials and a UN report"));
        assertThat(assertFires(corroborated, "Corroborated by independent sources").points()).isPositive();
        assertThat(corroborated.grade()).isEqualTo(1);
        assertDoesNotFire(score(source()), "Corroborated by independent sources");
    }

    @Test
    @DisplayName("Same source is not corroboration")
    void sameSourceIsNotCorroboration() {
        ScoredClaim repeated = score(source().signal(SAME_SOURCE, "a source familiar with the meeting", "same source as c4"));
        RuleFiring firing = assertFires(repeated, "Same source is not corroboration");
        assertThat(firing.points()).isZero();
        assertDoesNotFire(repeated, "Corroborated by independent sources");
        assertThat(repeated.score()).isEqualTo(score(source()).score());
        assertThat(repeated.grade()).isNotIn(1, 2);
        ScoredClaim independent = score(source().signal(SAME_SOURCE, "a source familiar with the meeting")
                .signal(CORROBORATED, "Two Libyan officials and a UN report"));
        assertDoesNotFire(independent, "Same source is not corroboration");
    }

    @Test
    @DisplayName("Single anonymous source")
    void singleAnonymousSource() {
        ScoredClaim single = score(source().signal(SINGLE_SOURCE, "a source familiar with the meeting"));
        RuleFiring firing = assertFires(single, "Single anonymous source");
        assertThat(firing.points()).isNegative();
        assertThat(firing.rule().standard()).contains("Reuters");
        assertDoesNotFire(score(source()), "Single anonymous source");
        assertDoesNotFire(score(relayed().signal(SINGLE_SOURCE, "The Jerusalem Post")), "Single anonymous source");
    }

    @Test
    @DisplayName("Second-hand report")
    void secondHandReport() {
        assertThat(assertFires(score(relayed().signal(SECOND_HAND, "published an account")), "Second-hand report").points()).isNegative();
        assertDoesNotFire(score(relayed()), "Second-hand report");
    }

    @Test
    @DisplayName("Relayed from an unnamed origin")
    void relayedFromAnUnnamedOrigin() {
        ScoredClaim claim = score(relayed().signal(SECOND_HAND, "published an account").signal(ANONYMOUS_ORIGIN, "an unnamed Arab newspaper"));
        RuleFiring firing = assertFires(claim, "Relayed from an unnamed origin");
        assertThat(firing.points()).isNegative();
        assertThat(firing.evidence()).extracting(Evidence::text).containsExactly("an unnamed Arab newspaper");
        assertDoesNotFire(score(relayed().signal(SECOND_HAND, "published an account")), "Relayed from an unnamed origin");
    }

    @Test
    @DisplayName("Carried by a single outlet")
    void carriedByASingleOutlet() {
        assertThat(assertFires(score(relayed().signal(SINGLE_OUTLET, "The Jerusalem Post")), "Carried by a single outlet").points()).isNegative();
        assertDoesNotFire(score(relayed()), "Carried by a single outlet");
    }

    @Test
    @DisplayName("Exclusive to one outlet")
    void exclusiveToOneOutlet() {
        assertThat(assertFires(score(source().signal(EXCLUSIVE, "told the Free Beacon")), "Exclusive to one outlet").points()).isNegative();
        assertDoesNotFire(score(source()), "Exclusive to one outlet");
    }
}
