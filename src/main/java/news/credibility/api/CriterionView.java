package news.credibility.api;

import news.credibility.score.RuleInfo;

/** A rule of the rule set with the metadata its author wrote on it. */
public record CriterionView(String rule, String file, String description, Integer weight, String standard) {

    static CriterionView of(RuleInfo info) {
        return new CriterionView(info.name(), info.file(), info.description(), info.weight(), info.standard());
    }
}
