package news.credibility.api;

import java.util.List;

/**
 * An article's claims, strongest first, with the version of the rule set that scored them, and the
 * sources of the article with every mention linked to each (so "the source" two paragraphs on is
 * seen to be the same source).
 */
public record AssessmentView(String ruleSetVersion, ArticleView article, List<ClaimView> claims, List<SourceView> sources) {
}
