package news.credibility.api;

import java.util.List;

/** Claims supplied as facts, scored, in the order they were given. */
public record ScoringView(String ruleSetVersion, List<ClaimView> claims) {
}
