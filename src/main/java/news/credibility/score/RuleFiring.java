package news.credibility.score;

import java.util.List;

/**
 * One rule that fired for a claim, in firing order.
 *
 * @param order    1-based position in the claim's firing order
 * @param rule     the rule's metadata
 * @param points   what it added to the score (0 for rules that only set band or grade)
 * @param reason   a readable sentence: why it fired for this claim
 * @param matched  readable descriptions of the facts it matched
 * @param evidence the words of the text it rests on
 */
public record RuleFiring(int order, RuleInfo rule, int points, String reason, List<String> matched,
                         List<Evidence> evidence) {

    public RuleFiring {
        matched = List.copyOf(matched);
        evidence = List.copyOf(evidence);
    }
}
