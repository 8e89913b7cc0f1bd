package news.credibility.extract;

import static news.credibility.extract.SeedFixtures.claim;
import static news.credibility.extract.SeedFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.credibility.text.AnalyzedText;
import news.credibility.text.Article;
import news.credibility.text.Region;
import news.credibility.text.RegionKind;
import news.credibility.text.Span;

class ClaimSegmenterTests {

    @Test
    void eachSentenceWithoutAttributionIsAnUnattributedClaim() {
        Reading r = read("The bridge opened in 1990. It carries four lanes.", a -> a);
        assertThat(r.claims()).extracting(Claim::kind).containsExactly(ClaimKind.UNATTRIBUTED, ClaimKind.UNATTRIBUTED);
        assertThat(r.claims()).extracting(Claim::sourceType).containsOnly(SourceType.UNATTRIBUTED);
        assertThat(r.claims()).extracting(Claim::id).containsExactly("c1", "c2");
    }

    @Test
    void headlinesSeparatorsAndSectionHeadingsAreNotClaims() {
        String text = "Bridge Opens After Ten Years\n\nThe bridge opened in 1990.\n\n***\n\nA new era\n\nIt carries four lanes.";
        int body = text.indexOf("The bridge");
        AnalyzedText analyzed = SeedFixtures.ANALYZER.analyze(new Article("t", text), List.of(
                new Region(new Span(0, body - 2), RegionKind.HEADLINE, "test"),
                new Region(new Span(body, text.length()), RegionKind.BODY, "test")));
        Reading r = new ReadingBuilder().build(analyzed, List.of(), SeedFixtures.lexicons());
        assertThat(r.claims()).extracting(Claim::text).containsExactly("The bridge opened in 1990.", "It carries four lanes.");
    }

    @Test
    void anOutletRelayingAnAnonymousSourceIsOneClaimRestingOnTheInnermostSource() {
        String text = "Military sources expect a long war, according to a report in Le Monde.";
        Reading r = read(text, a -> a
                .add("Military", "expect", "Military sources", "a long war", "expect", CueKind.VERB)
                .add("Military", "according to", "a report in Le Monde", "Military sources expect a long war", "according to", CueKind.ACCORDING_TO));
        assertThat(r.claims()).hasSize(1);
        assertThat(r.claims().get(0).sourceType()).isEqualTo(SourceType.ANONYMOUS);
        assertThat(r.claims().get(0).has(news.credibility.signal.SignalType.SECOND_HAND)).isTrue();
    }

    @Test
    void aWhollyQuotedSentenceContinuesTheSpeakerBeforeIt() {
        String text = "The plan failed, according to the mayor. \"Nobody wanted it.\"";
        Reading r = read(text, a -> a
                .add("The plan", "according to", "the mayor", "The plan failed", "according to", CueKind.ACCORDING_TO));
        Claim quote = claim(r, "Nobody wanted it");
        assertThat(quote.kind()).isEqualTo(ClaimKind.REPORTED);
        assertThat(quote.source()).isSameAs(claim(r, "The plan failed").source());
    }

    @Test
    void everySentenceOfAQuotationRestsOnTheSpeakerNamedAtItsEnd() {
        String text = "“We will win. Our people are strong. The rest is noise,” the minister said. The vote is on Sunday.";
        Reading r = read(text, a -> a
                .add("The rest", "said", "the minister", "The rest is noise,”", "say", CueKind.VERB));
        Claim first = claim(r, "We will win");
        assertThat(first.kind()).isEqualTo(ClaimKind.REPORTED);
        assertThat(first.source()).isNotNull().isSameAs(claim(r, "Our people are strong").source())
                .isSameAs(claim(r, "The rest is noise").source());
        assertThat(claim(r, "The vote is on Sunday").kind()).isEqualTo(ClaimKind.UNATTRIBUTED);
    }

    @Test
    void aQuotationWithNoSpeakerStaysUnattributed() {
        Reading r = read("“We will win. Our people are strong.” The vote is on Sunday.", a -> a);
        assertThat(r.claims()).extracting(Claim::kind).containsOnly(ClaimKind.UNATTRIBUTED);
    }

    @Test
    void aQuotedSentenceAfterAnUnattributedOneStaysUnattributed() {
        Reading r = read("The plan failed. \"Nobody wanted it.\"", a -> a);
        assertThat(claim(r, "Nobody wanted it").kind()).isEqualTo(ClaimKind.UNATTRIBUTED);
    }

    @Test
    void evaluativeSentencesAreOpinionAndPlainOnesAreNot() {
        Reading r = read("Arguably, the reform is a disgraceful failure. The reform passed in March.", a -> a);
        assertThat(claim(r, "disgraceful").kind()).isEqualTo(ClaimKind.OPINION);
        assertThat(claim(r, "passed in March").kind()).isEqualTo(ClaimKind.UNATTRIBUTED);
    }

    @Test
    void aSentenceOpeningOnTheSourceReportsWhatTheSourceSays() {
        String text = "A source close to the army claims that the general resigned. The source, in fact, dates the rift to 2019.";
        Reading r = read(text, a -> a
                .add("A source", "claims", "A source close to the army", "that the general resigned", "claim", CueKind.VERB));
        Claim second = claim(r, "dates the rift");
        assertThat(second.kind()).isEqualTo(ClaimKind.REPORTED);
        assertThat(second.source()).isSameAs(claim(r, "the general resigned").source());
    }
}
