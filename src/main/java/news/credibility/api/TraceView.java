package news.credibility.api;

import java.util.List;

/** Why a claim scored as it did: the points of {@code fired} add up to the score; {@code notApplied} did not fire. */
public record TraceView(List<FiringView> fired, List<CriterionView> notApplied) {
}
