package news.credibility.api;

import java.util.List;

/** The criteria of the live rule set, in file then definition order. */
public record CriteriaView(String ruleSetVersion, List<CriterionView> rules) {
}
