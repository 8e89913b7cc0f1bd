package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.credibility.signal.Signal;
import news.credibility.signal.SignalType;
import news.credibility.text.AnalyzedText;

/** The reading builder on the seeds with hand-made attributions: independent of the attribution finder. */
class ReadingBuilderTests {

    private static Reading seed000() {
        AnalyzedText a = SeedFixtures.seed000();
        return new ReadingBuilder().build(a, SeedFixtures.attributions000(a.text()), SeedFixtures.lexicons());
    }

    private static Reading seed002() {
        AnalyzedText a = SeedFixtures.seed002();
        return new ReadingBuilder().build(a, SeedFixtures.attributions002(a.text()), SeedFixtures.lexicons());
    }

    @Test
    void theJournalistsAnonymousSourceStandsBehindClaimsOneFourAndFive() {
        Reading r = seed000();
        Claim one = SeedFixtures.claim(r, "met with members of the Israeli outfit");
        Claim four = SeedFixtures.claim(r, "mediated the meetings");
        Claim five = SeedFixtures.claim(r, "ostensibly coordinated");
        assertThat(one.source()).isNotNull().isSameAs(four.source()).isSameAs(five.source());
        assertThat(one.source().mentions()).hasSize(3);
        Signal same = one.signals().stream().filter(s -> s.type() == SignalType.SAME_SOURCE).findFirst().orElseThrow();
        assertThat(same.detail()).contains(four.id()).contains(five.id());
    }

    @Test
    void responsesAreNotClaimsButSignalsOnWhatTheyAnswer() {
        Reading r = seed000();
        assertThat(r.claims()).noneMatch(c -> c.text().contains("these allegations") || c.sentence().start() == r.text().indexOf("Iran, for its part"));
        assertThat(SeedFixtures.claim(r, "advanced weapons").has(SignalType.DENIED)).isTrue();
        assertThat(SeedFixtures.claim(r, "political solution").has(SignalType.DENIED)).isFalse();
    }

    @Test
    void theSpokesmanAndTheSourceFamiliarAreLinkedAcrossParagraphs() {
        Reading r = seed002();
        assertThat(SeedFixtures.claim(r, "not taking a position").source())
                .isSameAs(SeedFixtures.claim(r, "taking no position on candidates").source());
        assertThat(SeedFixtures.claim(r, "met privately").source())
                .isSameAs(SeedFixtures.claim(r, "the situation in the region").source())
                .isSameAs(SeedFixtures.claim(r, "The Israelis are supporting him").source());
    }

    @Test
    void everySpanPointsIntoTheOriginalText() {
        for (Reading r : List.of(seed000(), seed002())) {
            for (Claim c : r.claims()) {
                assertThat(c.content().text(r.text())).isEqualTo(c.text());
                assertThat(c.sentence().contains(c.content()) || c.content().contains(c.sentence()) || c.attribution() != null).isTrue();
                c.signals().forEach(s -> assertThat(s.evidence().end()).isLessThanOrEqualTo(r.text().length()));
            }
            r.sources().forEach(s -> assertThat(s.mentions()).isNotEmpty());
        }
    }

    @Test
    void anEmptyBodyGivesAnEmptyReading() {
        Reading r = new ReadingBuilder().build(SeedFixtures.body(""), List.of(), SeedFixtures.lexicons());
        assertThat(r.claims()).isEmpty();
        assertThat(r.sources()).isEmpty();
    }

    @Test
    void theWordListsAreCompiledOncePerLexiconsInstance() {
        assertThat(SourcingLexicons.of(SeedFixtures.lexicons())).isSameAs(SourcingLexicons.of(SeedFixtures.lexicons()));
    }
}
