package news.credibility.score;

import java.util.List;

/** Scored claims, in the order given, with the version of the rule set that scored them. */
public record ScoringResult(String ruleSetVersion, List<ScoredClaim> claims) {

    public ScoringResult {
        claims = List.copyOf(claims);
    }
}
