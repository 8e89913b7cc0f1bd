package news.credibility.score;

import java.util.List;

/**
 * Why a claim scored as it did: every rule that fired, in order, and the criteria that did not
 * apply. The points of {@code fired} add up to the score exactly.
 */
public record Trace(List<RuleFiring> fired, List<RuleInfo> notApplied) {

    public Trace {
        fired = List.copyOf(fired);
        notApplied = List.copyOf(notApplied);
    }

    public int totalPoints() {
        return fired.stream().mapToInt(RuleFiring::points).sum();
    }
}
