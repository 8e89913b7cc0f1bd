package news.credibility.api;

import java.util.List;

/** A rule that fired for a claim, in firing order, with the points it added and why. */
public record FiringView(int order, String rule, String file, String description, Integer weight, String standard,
                         int points, String reason, List<String> matched, List<EvidenceView> evidence) {
}
