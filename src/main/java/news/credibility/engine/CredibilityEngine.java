package news.credibility.engine;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import news.credibility.extract.ArticleReader;
import news.credibility.extract.Claim;
import news.credibility.extract.NewsArticleReader;
import news.credibility.extract.Reading;
import news.credibility.score.RuleEngine;
import news.credibility.score.RuleSet;
import news.credibility.score.RuleSetException;
import news.credibility.score.ScoredClaim;
import news.credibility.score.ScoringResult;
import news.credibility.text.Article;

/**
 * The engine as a library: read an article, score its claims with the live rules, rank them.
 * Plain Java, no Spring. Each call takes one snapshot of the rule set, so the lexicons used for
 * reading and the rules used for scoring always come from the same version.
 */
public final class CredibilityEngine {

    /** Strongest first; among equals, text order. */
    public static final Comparator<ScoredClaim> RANKING = Comparator.comparingInt(ScoredClaim::score).reversed()
            .thenComparingInt(c -> c.claim().content() == null ? Integer.MAX_VALUE : c.claim().content().start());

    private final RuleEngine rules;
    private final ArticleReader reader;

    /** The default engine: the rules folder compiled from disk and the default article reader. */
    public static CredibilityEngine load(Path rulesFolder) throws RuleSetException {
        return new CredibilityEngine(RuleEngine.load(rulesFolder), new NewsArticleReader());
    }

    public CredibilityEngine(RuleEngine rules, ArticleReader reader) {
        this.rules = rules;
        this.reader = reader;
    }

    public Assessment assess(Article article) {
        RuleSet ruleSet = rules.current();
        Reading reading = reader.read(article, ruleSet.lexicons());
        ScoringResult result = ruleSet.score(article.text(), reading.claims());
        List<ScoredClaim> ranked = result.claims().stream().sorted(RANKING).toList();
        return new Assessment(article, result.ruleSetVersion(), reading, ranked);
    }

    /** Scores claims extracted elsewhere; {@code text} may be null when none was supplied. */
    public ScoringResult scoreClaims(String text, List<Claim> claims) {
        return rules.current().score(text, claims);
    }

    public RuleEngine rules() {
        return rules;
    }
}
