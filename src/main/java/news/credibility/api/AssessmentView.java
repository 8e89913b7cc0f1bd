package news.credibility.api;

import java.util.List;

/** An article's claims, strongest first, with the version of the rule set that scored them. */
public record AssessmentView(String ruleSetVersion, ArticleView article, List<ClaimView> claims) {
}
