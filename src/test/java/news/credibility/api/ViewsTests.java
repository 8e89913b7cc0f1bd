package news.credibility.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import news.credibility.engine.Assessment;
import news.credibility.extract.Attribution;
import news.credibility.extract.Claim;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.CueKind;
import news.credibility.extract.Reading;
import news.credibility.extract.Source;
import news.credibility.extract.SourceType;
import news.credibility.score.Band;
import news.credibility.score.ScoredClaim;
import news.credibility.score.Trace;
import news.credibility.text.AnalyzedText;
import news.credibility.text.Article;
import news.credibility.text.Span;

class ViewsTests {

    /** "Officials said X." 25 times: one source, 25 mentions, 25 claims. */
    @Test
    void aClaimListsAFewMentionsOfItsSourceWhileTheArticleListsThemAll() {
        String sentence = "Officials said the talks failed. ";
        String text = sentence.repeat(25);
        List<Span> mentions = IntStream.range(0, 25).mapToObj(i -> new Span(i * sentence.length(), i * sentence.length() + 9)).toList();
        Source officials = new Source("s1", SourceType.ANONYMOUS, "officials", mentions);
        List<ScoredClaim> claims = IntStream.range(0, 25).mapToObj(i -> {
            int at = i * sentence.length();
            Span content = new Span(at + 15, at + 31);
            Claim claim = new Claim("c" + (i + 1), ClaimKind.REPORTED, content, content.text(text), null, SourceType.ANONYMOUS,
                    officials, new Attribution(new Span(at + 10, at + 14), mentions.get(i), content, "say", CueKind.VERB), List.of());
            return new ScoredClaim(claim, 20, Band.WEAK, 4, "Doubtful", new Trace(List.of(), List.of()));
        }).toList();
        Article article = new Article("a", text);
        Reading reading = new Reading(new AnalyzedText(article, List.of(), List.of()), List.of(), List.of(officials), List.of());

        AssessmentView view = Views.assessment(new Assessment(article, "v", reading, claims), null);

        SourceView underClaim = view.claims().get(24).source();
        assertThat(underClaim.mentionCount()).isEqualTo(25);
        assertThat(underClaim.mentions()).hasSize(Views.MENTIONS_PER_CLAIM);
        assertThat(underClaim.asWritten()).isEqualTo(new SpanView(24 * sentence.length(), 24 * sentence.length() + 9, "Officials"));
        assertThat(view.sources()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("s1");
            assertThat(s.mentions()).hasSize(25).allSatisfy(m -> assertThat(m.text()).isEqualTo("Officials"));
        });
    }
}
