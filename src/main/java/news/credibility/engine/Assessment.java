package news.credibility.engine;

import java.util.List;

import news.credibility.extract.Reading;
import news.credibility.score.ScoredClaim;
import news.credibility.text.Article;

/**
 * The engine's assessment of one article: its reading and its claims scored, strongest first,
 * with the version of the rule set that produced them.
 */
public record Assessment(Article article, String ruleSetVersion, Reading reading, List<ScoredClaim> claims) {

    public Assessment {
        claims = List.copyOf(claims);
    }
}
