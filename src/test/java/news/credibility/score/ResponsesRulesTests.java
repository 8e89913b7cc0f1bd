package news.credibility.score;

import static news.credibility.score.Rules.assertDoesNotFire;
import static news.credibility.score.Rules.assertFires;
import static news.credibility.score.Rules.score;
import static news.credibility.signal.SignalType.CONFIRMED;
import static news.credibility.signal.SignalType.DENIED;
import static news.credibility.signal.SignalType.NOT_CONFIRMED;
import static news.credibility.signal.SignalType.NO_COMMENT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import news.credibility.extract.SourceType;

/** responses.drl: denial, no comment, not confirmed, confirmation by the parties concerned. */
class ResponsesRulesTests {

    private static final String TEXT = "Iran has sent weapons to Haftar, the envoy Gilad Erdan said. Iran denies these allegations. "
            + "The embassy did not respond to a request for comment. The government has not stated this publicly. "
            + "Turkish officials confirmed the shipments.";

    static ClaimFixture envoy() {
        return ClaimFixture.in(TEXT).source(SourceType.NAMED_OFFICIAL, "the envoy Gilad Erdan").cue("said")
                .content("Iran has sent weapons to Haftar");
    }

    @Test
    @DisplayName("Denied by a party")
    void deniedByAParty() {
        ScoredClaim denied = score(envoy().signal(DENIED, "Iran denies these allegations", "denied by Iran"));
        RuleFiring firing = assertFires(denied, "Denied by a party");
        assertThat(firing.points()).isNegative();
        assertThat(firing.reason()).contains("Iran denies these allegations");
        assertThat(denied.score()).isLessThan(score(envoy()).score());
        assertDoesNotFire(score(envoy()), "Denied by a party");
    }

    @Test
    @DisplayName("No comment from the party asked")
    void noCommentFromThePartyAsked() {
        ScoredClaim silent = score(envoy().signal(NO_COMMENT, "did not respond to a request for comment"));
        assertThat(assertFires(silent, "No comment from the party asked").points()).isNegative();
        assertDoesNotFire(score(envoy()), "No comment from the party asked");
    }

    @Test
    @DisplayName("Not confirmed publicly")
    void notConfirmedPublicly() {
        ScoredClaim unconfirmed = score(envoy().signal(NOT_CONFIRMED, "has not stated this publicly"));
        assertThat(assertFires(unconfirmed, "Not confirmed publicly").points()).isNegative();
        assertDoesNotFire(score(envoy()), "Not confirmed publicly");
    }

    @Test
    @DisplayName("Confirmed by another party")
    void confirmedByAnotherParty() {
        ScoredClaim confirmed = score(envoy().signal(CONFIRMED, "Turkish officials confirmed the shipments"));
        assertThat(assertFires(confirmed, "Confirmed by another party").points()).isPositive();
        assertThat(confirmed.score()).isGreaterThan(score(envoy()).score());
        assertDoesNotFire(score(envoy()), "Confirmed by another party");
    }
}
