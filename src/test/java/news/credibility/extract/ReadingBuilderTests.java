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
    void theSourceOfAResponseIsTypedAndLinkedToo() {
        Reading r = seed000();
        int denier = r.text().indexOf("Iran, for its part");
        Source iran = r.sources().stream().filter(s -> s.mentions().stream().anyMatch(m -> m.start() == denier)).findFirst().orElseThrow();
        assertThat(iran.type()).isEqualTo(SourceType.INSTITUTION);
        assertThat(iran).isSameAs(SeedFixtures.claim(r, "are Iran’s enemies").source());
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
    void aSourcelessClaimTakesTheSourceOfTheSentenceThatTakesItUp() {
        String text = "There are claims that the port was mined. These accusations come from the navy chief, who accused rebels of mining it.";
        Reading r = SeedFixtures.read(text, a -> a
                .add("There are", "claims", null, "that the port was mined", "claim", CueKind.NOUN)
                .add("These accusations", "accused", "the navy chief", "rebels of mining it", "accuse", CueKind.VERB));
        assertThat(SeedFixtures.claim(r, "port was mined").source()).isNotNull()
                .isSameAs(SeedFixtures.claim(r, "rebels of mining").source());
    }

    @Test
    void aSourcelessClaimFollowedByAnUnrelatedSentenceStaysWithoutSource() {
        String text = "There are claims that the port was mined. The navy chief accused rebels of mining it.";
        Reading r = SeedFixtures.read(text, a -> a
                .add("There are", "claims", null, "that the port was mined", "claim", CueKind.NOUN)
                .add("The navy", "accused", "The navy chief", "rebels of mining it", "accuse", CueKind.VERB));
        assertThat(SeedFixtures.claim(r, "port was mined").source()).isNull();
        assertThat(SeedFixtures.claim(r, "port was mined").sourceType()).isEqualTo(SourceType.UNATTRIBUTED);
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
    void aWordAddedToALexiconChangesTheReadingWithoutARebuild() {
        java.util.Map<String, news.credibility.lexicon.Lexicon> lists = new java.util.HashMap<>(SeedFixtures.lexicons().all());
        java.util.Map<String, java.util.Map<String, String>> hedges = new java.util.HashMap<>(lists.get("hedges").entries());
        hedges.put("purportedly-ish", java.util.Map.of());
        hedges.put("rumour has it", java.util.Map.of());
        lists.put("hedges", new news.credibility.lexicon.Lexicon("hedges", hedges));
        news.credibility.lexicon.Lexicons edited = new news.credibility.lexicon.Lexicons(lists);
        String text = "Rumour has it the mayor resigned.";
        Reading before = new ReadingBuilder().build(SeedFixtures.body(text), List.of(), SeedFixtures.lexicons());
        Reading after = new ReadingBuilder().build(SeedFixtures.body(text), List.of(), edited);
        assertThat(before.claims().get(0).has(SignalType.HEDGED)).isFalse();
        assertThat(after.claims().get(0).has(SignalType.HEDGED)).isTrue();
        assertThat(SourcingLexicons.of(edited)).isNotSameAs(SourcingLexicons.of(SeedFixtures.lexicons()));
    }

    @Test
    void theWordListsAreCompiledOncePerLexiconsInstance() {
        assertThat(SourcingLexicons.of(SeedFixtures.lexicons())).isSameAs(SourcingLexicons.of(SeedFixtures.lexicons()));
    }
}
