package news.credibility.api;

import java.util.List;

import news.credibility.engine.Assessment;
import news.credibility.extract.Claim;
import news.credibility.extract.Source;
import news.credibility.score.Evidence;
import news.credibility.score.RuleFiring;
import news.credibility.score.ScoredClaim;
import news.credibility.score.ScoringResult;
import news.credibility.score.Trace;

/**
 * Turns the engine's records into the JSON shapes of the API (and of the command line's json and
 * jsonl output), cutting every span's words out of the original text so a reader need not count.
 */
public final class Views {

    /** How many mentions of its source a claim lists; the article's sources list them all. */
    public static final int MENTIONS_PER_CLAIM = 10;

    private Views() {
    }

    public static AssessmentView assessment(Assessment assessment, String file) {
        String text = assessment.article().text();
        return new AssessmentView(assessment.ruleSetVersion(),
                new ArticleView(assessment.article().id(), file, assessment.article().metadata()),
                assessment.claims().stream().map(c -> claim(c, text)).toList(),
                assessment.reading() == null ? List.of() : assessment.reading().sources().stream()
                        .map(source -> source(source, null, text, Integer.MAX_VALUE)).toList());
    }

    public static ScoringView scoring(ScoringResult result, String text) {
        return new ScoringView(result.ruleSetVersion(), result.claims().stream().map(c -> claim(c, text)).toList());
    }

    public static ClaimView claim(ScoredClaim scored, String text) {
        Claim claim = scored.claim();
        return new ClaimView(claim.id(), claim.kind(), claim.text(), SpanView.of(claim.content(), text),
                SpanView.of(claim.sentence(), text), source(claim, text),
                CueView.of(claim.attribution(), text),
                claim.signals().stream().map(s -> new SignalView(s.type(), SpanView.of(s.evidence(), text), s.detail())).toList(),
                scored.score(), scored.band(), scored.grade(), scored.gradeLabel(), trace(scored.trace()));
    }

    private static SourceView source(Claim claim, String text) {
        SpanView asWritten = claim.attribution() == null ? null : SpanView.of(claim.attribution().source(), text);
        if (claim.source() == null) {
            return new SourceView(null, claim.sourceType(), null, asWritten, 0, List.of());
        }
        return source(claim.source(), asWritten, text, MENTIONS_PER_CLAIM);
    }

    private static SourceView source(Source source, SpanView asWritten, String text, int maxMentions) {
        return new SourceView(source.id(), source.type(), source.name(), asWritten, source.mentions().size(),
                source.mentions().stream().limit(maxMentions).map(m -> SpanView.of(m, text)).toList());
    }

    static TraceView trace(Trace trace) {
        return new TraceView(trace.fired().stream().map(Views::firing).toList(),
                trace.notApplied().stream().map(CriterionView::of).toList());
    }

    private static FiringView firing(RuleFiring firing) {
        return new FiringView(firing.order(), firing.rule().name(), firing.rule().file(), firing.rule().description(),
                firing.rule().weight(), firing.rule().standard(), firing.points(), firing.reason(), firing.matched(),
                firing.evidence().stream().map(Views::evidence).toList());
    }

    private static EvidenceView evidence(Evidence evidence) {
        return evidence.span() == null
                ? new EvidenceView(evidence.label(), null, null, evidence.text())
                : new EvidenceView(evidence.label(), evidence.span().start(), evidence.span().end(), evidence.text());
    }
}
