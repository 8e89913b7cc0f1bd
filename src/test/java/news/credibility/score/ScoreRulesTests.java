package news.credibility.score;

import static news.credibility.score.Rules.assertDoesNotFire;
import static news.credibility.score.Rules.assertFires;
import static news.credibility.score.Rules.fired;
import static news.credibility.score.Rules.score;
import static news.credibility.signal.SignalType.CONFIRMED;
import static news.credibility.signal.SignalType.CORROBORATED;
import static news.credibility.signal.SignalType.DENIED;
import static news.credibility.signal.SignalType.DIRECT_QUOTE;
import static news.credibility.signal.SignalType.HEDGED;
import static news.credibility.signal.SignalType.NOT_CONFIRMED;
import static news.credibility.signal.SignalType.NO_COMMENT;
import static news.credibility.signal.SignalType.ON_RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import news.credibility.extract.SourceType;

/** score.drl: baseline, bounds, band and grade. */
class ScoreRulesTests {

    private static final String TEXT = "\"Iran has sent weapons,\" the envoy Gilad Erdan said at the UN, as a source, the ministry "
            + "and two diplomats independently confirmed. It reportedly and allegedly happened. Iran denies it. "
            + "The embassy did not respond. Tehran has not stated this publicly.";

    static ClaimFixture by(SourceType type, String words) {
        return ClaimFixture.in(TEXT).source(type, words).cue("said").content("Iran has sent weapons");
    }

    static ClaimFixture official() {
        return by(SourceType.NAMED_OFFICIAL, "the envoy Gilad Erdan");
    }

    static ClaimFixture anonymous() {
        return by(SourceType.ANONYMOUS, "a source");
    }

    static ClaimFixture institution() {
        return by(SourceType.INSTITUTION, "the ministry");
    }

    static ClaimFixture unattributed() {
        return ClaimFixture.in(TEXT).content("It reportedly and allegedly happened.");
    }

    static ClaimFixture opinion() {
        return ClaimFixture.in(TEXT).opinion().content("It reportedly and allegedly happened.");
    }

    @Test
    @DisplayName("Every claim starts from the baseline")
    void everyClaimStartsFromTheBaseline() {
        List<ScoredClaim> two = Rules.project().score(TEXT, List.of(official().build(), anonymous().id("c2").build())).claims();
        for (ScoredClaim claim : two) {
            RuleFiring baseline = assertFires(claim, "Every claim starts from the baseline");
            assertThat(baseline.order()).isEqualTo(1);
            assertThat(fired(claim)).filteredOn("Every claim starts from the baseline"::equals).hasSize(1);
        }
        assertThat(Rules.project().score(TEXT, List.of()).claims()).isEmpty();
    }

    @Test
    @DisplayName("Score capped at 100")
    void scoreCappedAt100() {
        ScoredClaim over = score(official().signal(ON_RECORD, "at the UN").signal(DIRECT_QUOTE, "\"Iran has sent weapons,\"")
                .signal(CORROBORATED, "two diplomats").signal(CONFIRMED, "independently confirmed"));
        RuleFiring cap = assertFires(over, "Score capped at 100");
        assertThat(cap.points()).isNegative();
        assertThat(cap.rule().weight()).isNull();
        assertThat(over.score()).isEqualTo(100).isEqualTo(over.trace().totalPoints());
        assertDoesNotFire(score(official()), "Score capped at 100");
    }

    @Test
    @DisplayName("Score floored at 0")
    void scoreFlooredAt0() {
        ScoredClaim under = score(unattributed().signal(HEDGED, "reportedly").signal(HEDGED, "allegedly")
                .signal(DENIED, "Iran denies it").signal(NOT_CONFIRMED, "has not stated this publicly")
                .signal(NO_COMMENT, "did not respond"));
        RuleFiring floor = assertFires(under, "Score floored at 0");
        assertThat(floor.points()).isPositive();
        assertThat(under.score()).isZero().isEqualTo(under.trace().totalPoints());
        assertDoesNotFire(score(unattributed()), "Score floored at 0");
    }

    @Test
    @DisplayName("Strong band")
    void strongBand() {
        ScoredClaim strong = score(official());
        assertThat(assertFires(strong, "Strong band").points()).isZero();
        assertThat(strong.band()).isEqualTo(Band.STRONG);
        assertThat(strong.score()).isGreaterThanOrEqualTo(70);
        assertDoesNotFire(score(anonymous()), "Strong band");
    }

    @Test
    @DisplayName("Moderate band")
    void moderateBand() {
        ScoredClaim moderate = score(institution());
        assertFires(moderate, "Moderate band");
        assertThat(moderate.band()).isEqualTo(Band.MODERATE);
        assertThat(moderate.score()).isBetween(50, 69);
        assertDoesNotFire(score(official()), "Moderate band");
    }

    @Test
    @DisplayName("Weak band")
    void weakBand() {
        ScoredClaim weak = score(anonymous());
        assertFires(weak, "Weak band");
        assertThat(weak.band()).isEqualTo(Band.WEAK);
        assertThat(weak.score()).isBetween(25, 49);
        assertDoesNotFire(score(official()), "Weak band");
    }

    @Test
    @DisplayName("Unsupported band")
    void unsupportedBand() {
        ScoredClaim unsupported = score(opinion());
        assertFires(unsupported, "Unsupported band");
        assertThat(unsupported.band()).isEqualTo(Band.UNSUPPORTED);
        assertThat(unsupported.score()).isLessThan(25);
        assertDoesNotFire(score(official()), "Unsupported band");
    }

    @Test
    @DisplayName("Graded 6: opinion cannot be judged")
    void opinionCannotBeJudged() {
        ScoredClaim claim = score(opinion());
        assertFires(claim, "Graded 6: opinion cannot be judged");
        assertThat(claim.grade()).isEqualTo(6);
        assertThat(claim.gradeLabel()).isEqualTo("cannot be judged");
        assertDoesNotFire(claim, "Graded 6: unattributed claim cannot be judged");
        assertDoesNotFire(score(official()), "Graded 6: opinion cannot be judged");
    }

    @Test
    @DisplayName("Graded 6: unattributed claim cannot be judged")
    void unattributedClaimCannotBeJudged() {
        ScoredClaim claim = score(unattributed());
        assertFires(claim, "Graded 6: unattributed claim cannot be judged");
        assertThat(claim.grade()).isEqualTo(6);
        ScoredClaim corroborated = score(unattributed().signal(CORROBORATED, "two diplomats"));
        assertDoesNotFire(corroborated, "Graded 6: unattributed claim cannot be judged");
        assertThat(corroborated.grade()).isEqualTo(1);
    }

    @Test
    @DisplayName("Graded 1: confirmed by independent sources")
    void confirmedByIndependentSources() {
        ScoredClaim claim = score(anonymous().signal(CORROBORATED, "two diplomats"));
        RuleFiring grade = assertFires(claim, "Graded 1: confirmed by independent sources");
        assertThat(grade.evidence()).extracting(Evidence::text).containsExactly("two diplomats");
        assertThat(claim.grade()).isEqualTo(1);
        assertThat(claim.gradeLabel()).isEqualTo("confirmed by independent sources");
        ScoredClaim denied = score(anonymous().signal(CORROBORATED, "two diplomats").signal(DENIED, "Iran denies it"));
        assertDoesNotFire(denied, "Graded 1: confirmed by independent sources");
    }

    @Test
    @DisplayName("Graded 5: denied and weakly sourced")
    void deniedAndWeaklySourced() {
        ScoredClaim claim = score(anonymous().signal(DENIED, "Iran denies it"));
        assertFires(claim, "Graded 5: denied and weakly sourced");
        assertThat(claim.grade()).isEqualTo(5);
        assertThat(claim.gradeLabel()).isEqualTo("improbable");
        assertDoesNotFire(score(official().signal(DENIED, "Iran denies it")), "Graded 5: denied and weakly sourced");
        assertDoesNotFire(score(anonymous()), "Graded 5: denied and weakly sourced");
    }

    @Test
    @DisplayName("Graded 2: probably true")
    void probablyTrue() {
        ScoredClaim claim = score(official());
        assertFires(claim, "Graded 2: probably true");
        assertThat(claim.grade()).isEqualTo(2);
        assertDoesNotFire(score(institution()), "Graded 2: probably true");
    }

    @Test
    @DisplayName("Graded 3: possibly true")
    void possiblyTrue() {
        ScoredClaim claim = score(institution());
        assertFires(claim, "Graded 3: possibly true");
        assertThat(claim.grade()).isEqualTo(3);
        assertDoesNotFire(score(official()), "Graded 3: possibly true");
    }

    @Test
    @DisplayName("Graded 4: doubtful")
    void doubtful() {
        ScoredClaim claim = score(anonymous());
        assertFires(claim, "Graded 4: doubtful");
        assertThat(claim.grade()).isEqualTo(4);
        assertThat(claim.gradeLabel()).isEqualTo("doubtful");
        assertDoesNotFire(score(official()), "Graded 4: doubtful");
    }
}
