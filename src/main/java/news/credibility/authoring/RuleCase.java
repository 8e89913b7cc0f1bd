package news.credibility.authoring;

import java.util.List;

import news.credibility.api.ClaimScoringRequest.ClaimFacts;

/**
 * One rule author's test case, as written in {@code rules/tests/*.yaml}: an input (a short article
 * text, or claims as facts in the shape of {@code POST /api/claims/score}) and what the rules must
 * make of its claims.
 *
 * @param name    what the case shows, in a sentence
 * @param article a short article text written for the case (never corpus text), or null
 * @param claims  claims as facts, or null; exactly one of {@code article} and {@code claims}
 * @param expect  at least one expectation, each about one claim
 */
public record RuleCase(String name, String article, List<ClaimFacts> claims, List<ClaimExpectation> expect) {

    public RuleCase {
        claims = claims == null ? null : List.copyOf(claims);
        expect = expect == null ? List.of() : List.copyOf(expect);
    }
}
