package news.credibility.api;

import java.util.List;

import news.credibility.engine.Assessment;
import news.credibility.extract.Attribution;
import news.credibility.extract.Claim;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.CueKind;
import news.credibility.extract.Reading;
import news.credibility.extract.Source;
import news.credibility.extract.SourceType;
import news.credibility.score.Band;
import news.credibility.score.Evidence;
import news.credibility.score.RuleFiring;
import news.credibility.score.RuleInfo;
import news.credibility.score.ScoredClaim;
import news.credibility.score.ScoringResult;
import news.credibility.score.Trace;
import news.credibility.signal.Signal;
import news.credibility.signal.SignalType;
import news.credibility.text.AnalyzedText;
import news.credibility.text.Article;
import news.credibility.text.Span;

/** Hand-built engine results for the web and command line tests: two claims of a short article. */
public final class Fixtures {

    public static final String TEXT = "The minister said the bridge will open in May. Officials said the talks failed.";
    public static final String VERSION = "v-test-1234";

    public static final RuleInfo NAMED_OFFICIAL_RULE = new RuleInfo("Named official on the record", "attribution.drl",
            "A named office holder stands behind the claim", 30, "Reuters Handbook of Journalism");
    public static final RuleInfo ANONYMOUS_RULE = new RuleInfo("Anonymous source", "attribution.drl",
            "Nobody is named behind the claim", -20, "Reuters Handbook: anonymous sources");
    public static final RuleInfo DENIAL_RULE = new RuleInfo("Denied by the party concerned", "responses.drl",
            "Someone denies the claim", -15, null);

    private Fixtures() {
    }

    /** "the bridge will open in May" by "The minister" (named official), then "the talks failed" by "Officials". */
    public static Assessment assessment(Article article) {
        String text = article.text();
        return new Assessment(article, VERSION, reading(article), List.of(strong(text), weak(text)));
    }

    public static Assessment assessment() {
        return assessment(new Article("a1", TEXT));
    }

    public static ScoringResult scoring() {
        return new ScoringResult(VERSION, List.of(strong(TEXT), weak(TEXT)));
    }

    private static Reading reading(Article article) {
        return new Reading(new AnalyzedText(article, List.of(), List.of()), List.of(), List.of(), List.of());
    }

    static ScoredClaim strong(String text) {
        Span source = find(text, "The minister");
        Span cue = find(text, "said");
        Span content = find(text, "the bridge will open in May");
        Claim claim = new Claim("c1", ClaimKind.REPORTED, content, content.text(text), find(text, "The minister said the bridge will open in May."),
                SourceType.NAMED_OFFICIAL, new Source("s1", SourceType.NAMED_OFFICIAL, "the minister", List.of(source)),
                new Attribution(cue, source, content, "say", CueKind.VERB),
                List.of(new Signal(SignalType.ON_RECORD, source, "the minister")));
        RuleFiring firing = new RuleFiring(1, NAMED_OFFICIAL_RULE, 80, "The minister speaks on the record",
                List.of("Claim c1 (NAMED_OFFICIAL)"), List.of(new Evidence("source", source, "The minister")));
        return new ScoredClaim(claim, 80, Band.STRONG, 2, "Probably true", new Trace(List.of(firing), List.of(ANONYMOUS_RULE, DENIAL_RULE)));
    }

    static ScoredClaim weak(String text) {
        Span source = find(text, "Officials");
        Span content = find(text, "the talks failed");
        Claim claim = new Claim("c2", ClaimKind.REPORTED, content, content.text(text), null, SourceType.ANONYMOUS,
                new Source("s2", SourceType.ANONYMOUS, "officials", List.of(source)), null,
                List.of(new Signal(SignalType.ANONYMOUS_SOURCE, source, "officials"), new Signal(SignalType.SINGLE_SOURCE, null, null)));
        RuleFiring base = new RuleFiring(1, new RuleInfo("Base score", "score.drl", "Every claim starts here", 40, null), 40,
                "Every claim starts at 40", List.of("Claim c2"), List.of());
        RuleFiring anonymous = new RuleFiring(2, ANONYMOUS_RULE, -20, "Nobody is named behind it",
                List.of("Claim c2 (ANONYMOUS)"), List.of(new Evidence("source", source, "Officials")));
        return new ScoredClaim(claim, 20, Band.WEAK, 4, "Doubtful", new Trace(List.of(base, anonymous), List.of(NAMED_OFFICIAL_RULE)));
    }

    private static Span find(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the fixture text");
        }
        return new Span(at, at + words.length());
    }
}
