package news.credibility.authoring;

import java.util.List;
import java.util.Set;

/**
 * What running the cases showed: the failures, and for coverage which rules fired in some case,
 * which fired for every claim of every case (rules without conditions: no case can show them not
 * firing), which rules some case expects to fire and not to fire, and the texts the cases read.
 */
public record CaseReport(String ruleSetVersion, int cases, int expectations, List<CaseFailure> failures,
                         Set<String> fired, Set<String> firedForEveryClaim, Set<String> expectedToFire,
                         Set<String> expectedSilent, List<String> texts) {

    public CaseReport {
        failures = List.copyOf(failures);
        fired = Set.copyOf(fired);
        firedForEveryClaim = Set.copyOf(firedForEveryClaim);
        expectedToFire = Set.copyOf(expectedToFire);
        expectedSilent = Set.copyOf(expectedSilent);
        texts = List.copyOf(texts);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
