package news.credibility.score;

import static news.credibility.extract.SourceType.ANONYMOUS;
import static news.credibility.extract.SourceType.DOCUMENT;
import static news.credibility.extract.SourceType.INSTITUTION;
import static news.credibility.extract.SourceType.NAMED_OFFICIAL;
import static news.credibility.extract.SourceType.NAMED_PERSON;
import static news.credibility.extract.SourceType.OUTLET;
import static news.credibility.score.Rules.assertDoesNotFire;
import static news.credibility.score.Rules.assertFires;
import static news.credibility.score.Rules.fired;
import static news.credibility.score.Rules.score;
import static news.credibility.signal.SignalType.DIRECT_QUOTE;
import static news.credibility.signal.SignalType.INTERESTED_PARTY;
import static news.credibility.signal.SignalType.OFFICIAL_STATEMENT;
import static news.credibility.signal.SignalType.ON_RECORD;
import static news.credibility.signal.SignalType.SELF_SERVING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** attribution.drl: who stands behind a claim. One test per rule, firing and not firing. */
class AttributionRulesTests {

    private static final String ENVOY = "Iran has sent weapons to Libya, the envoy Gilad Erdan said.";
    private static final String SOURCE = "Officials met Haftar in Cairo, a source familiar with the meeting said.";

    static ClaimFixture official() {
        return ClaimFixture.in(ENVOY).source(NAMED_OFFICIAL, "the envoy Gilad Erdan").cue("said")
                .content("Iran has sent weapons to Libya");
    }

    static ClaimFixture anonymous() {
        return ClaimFixture.in(SOURCE).source(ANONYMOUS, "a source familiar with the meeting").cue("said")
                .content("Officials met Haftar in Cairo");
    }

    @Test
    @DisplayName("Named official on the record")
    void namedOfficialOnTheRecord() {
        ScoredClaim claim = score(official());
        assertThat(fired(claim)).containsExactly("Every claim starts from the baseline", "Named official on the record",
                "Strong band", "Graded 2: probably true");
        RuleFiring firing = assertFires(claim, "Named official on the record");
        assertThat(firing.points()).isPositive().isEqualTo(firing.rule().weight());
        assertThat(firing.evidence()).extracting(Evidence::text).containsExactly("the envoy Gilad Erdan", "said");
        assertThat(firing.reason()).contains("the envoy Gilad Erdan");
        assertThat(firing.rule().file()).isEqualTo("attribution.drl");
        assertThat(firing.rule().standard()).contains("SPJ");
        assertDoesNotFire(score(anonymous()), "Named official on the record");
    }

    @Test
    @DisplayName("Named person on the record")
    void namedPersonOnTheRecord() {
        ClaimFixture person = ClaimFixture.in("The bank was raided in 2017, activist Ali Omar said.")
                .source(NAMED_PERSON, "activist Ali Omar").cue("said");
        assertThat(assertFires(score(person), "Named person on the record").points()).isPositive();
        assertDoesNotFire(score(official()), "Named person on the record");
    }

    @Test
    @DisplayName("Institution stands behind the claim")
    void institutionStandsBehindTheClaim() {
        ClaimFixture institution = ClaimFixture.in("The United States takes no position, the State Department said.")
                .source(INSTITUTION, "the State Department").cue("said");
        assertThat(assertFires(score(institution), "Institution stands behind the claim").points()).isPositive();
        assertDoesNotFire(score(anonymous()), "Institution stands behind the claim");
    }

    @Test
    @DisplayName("Document stands behind the claim")
    void documentStandsBehindTheClaim() {
        assertThat(assertFires(score(statement()), "Document stands behind the claim").points()).isPositive();
        assertDoesNotFire(score(official()), "Document stands behind the claim");
    }

    @Test
    @DisplayName("Unnamed source")
    void unnamedSource() {
        ScoredClaim claim = score(anonymous());
        RuleFiring firing = assertFires(claim, "Unnamed source");
        assertThat(firing.points()).isNegative();
        assertThat(firing.rule().standard()).isEqualTo("Reuters Handbook of Journalism: anonymous sources");
        assertDoesNotFire(score(official()), "Unnamed source");
    }

    @Test
    @DisplayName("News outlet as the source")
    void newsOutletAsTheSource() {
        ClaimFixture outlet = ClaimFixture.in("Putin backs Qaddafi, according to Corriere della Sera.")
                .source(OUTLET, "Corriere della Sera").cue("according to");
        assertThat(assertFires(score(outlet), "News outlet as the source").points()).isNegative();
        assertDoesNotFire(score(official()), "News outlet as the source");
    }

    @Test
    @DisplayName("Unattributed assertion")
    void unattributedAssertion() {
        ScoredClaim claim = score(ClaimFixture.in("Haftar lived in Virginia for two decades."));
        RuleFiring firing = assertFires(claim, "Unattributed assertion");
        assertThat(firing.points()).isNegative();
        assertThat(firing.evidence()).extracting(Evidence::text).containsExactly("Haftar lived in Virginia for two decades.");
        assertDoesNotFire(score(official()), "Unattributed assertion");
        assertDoesNotFire(score(opinion()), "Unattributed assertion");
    }

    @Test
    @DisplayName("Author's opinion")
    void authorsOpinion() {
        assertThat(assertFires(score(opinion()), "Author's opinion").points()).isNegative();
        assertDoesNotFire(score(ClaimFixture.in("Haftar lived in Virginia for two decades.")), "Author's opinion");
    }

    @Test
    @DisplayName("Direct quotation")
    void directQuotation() {
        ClaimFixture quoted = ClaimFixture.in("\"The Israelis are supporting him,\" the source said.")
                .source(ANONYMOUS, "the source").cue("said")
                .signal(DIRECT_QUOTE, "\"The Israelis are supporting him,\"");
        RuleFiring firing = assertFires(score(quoted), "Direct quotation");
        assertThat(firing.points()).isPositive();
        assertThat(firing.evidence()).extracting(Evidence::label).containsExactly("direct quote");
        assertDoesNotFire(score(anonymous()), "Direct quotation");
    }

    @Test
    @DisplayName("Source on the record")
    void sourceOnTheRecord() {
        ClaimFixture onRecord = ClaimFixture.in("Iran wants a political solution, Zarif stated at a press conference.")
                .source(NAMED_OFFICIAL, "Zarif").cue("stated").signal(ON_RECORD, "at a press conference");
        assertThat(assertFires(score(onRecord), "Source on the record").points()).isPositive();
        assertDoesNotFire(score(official()), "Source on the record");
    }

    @Test
    @DisplayName("Official statement")
    void officialStatement() {
        RuleFiring firing = assertFires(score(statement()), "Official statement");
        assertThat(firing.points()).isPositive();
        assertThat(firing.reason()).contains("\"a White House statement\"");
        assertDoesNotFire(score(official()), "Official statement");
    }

    @Test
    @DisplayName("Self-serving source")
    void selfServingSource() {
        ClaimFixture self = ClaimFixture.in("Haftar claims he holds a secular vision for Libya.")
                .source(NAMED_OFFICIAL, "Haftar").cue("claims").signal(SELF_SERVING, "Haftar");
        assertThat(assertFires(score(self), "Self-serving source").points()).isNegative();
        assertDoesNotFire(score(official()), "Self-serving source");
    }

    @Test
    @DisplayName("Interested party as the source")
    void interestedPartyAsTheSource() {
        ClaimFixture adversary = official().signal(INTERESTED_PARTY, "the envoy Gilad Erdan", "Israel is Iran's adversary");
        RuleFiring firing = assertFires(score(adversary), "Interested party as the source");
        assertThat(firing.points()).isNegative();
        assertThat(firing.matched()).anyMatch(m -> m.startsWith("INTERESTED_PARTY \"the envoy Gilad Erdan\""));
        assertDoesNotFire(score(official()), "Interested party as the source");
    }

    static ClaimFixture statement() {
        return ClaimFixture.in("Haftar fought terrorism, according to a White House statement.")
                .source(DOCUMENT, "a White House statement").cue("according to")
                .signal(OFFICIAL_STATEMENT, "a White House statement");
    }

    static ClaimFixture opinion() {
        return ClaimFixture.in("The stench of the CIA hangs over the whole affair.").opinion();
    }
}
