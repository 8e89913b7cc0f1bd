package news.credibility.score;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import news.credibility.extract.Claim;

/**
 * Assembles a scored claim from what its rules contributed, and refuses a rule set that left the
 * claim without exactly one band and one grade or with a score outside 0..100: those are faults of
 * the rules (score.drl), never patched here, so the score stays the sum of the trace.
 */
final class ScoredClaims {

    private ScoredClaims() {
    }

    static ScoredClaim of(RuleSet ruleSet, Claim claim, List<RuleFiring> fired, List<Contribution> contributions) {
        int score = fired.stream().mapToInt(RuleFiring::points).sum();
        String where = "rule set " + ruleSet.version() + ", claim " + claim.id();
        if (score < 0 || score > 100) {
            throw new IllegalStateException(where + ": score " + score + " is outside 0..100; score.drl must keep scores within bounds");
        }
        List<Band> bands = contributions.stream().map(Contribution::band).filter(b -> b != null).toList();
        List<Integer> grades = contributions.stream().map(Contribution::grade).filter(g -> g != null).toList();
        if (bands.size() != 1) {
            throw new IllegalStateException(where + ": " + bands.size() + " band rules fired; score.drl must set exactly one band");
        }
        if (grades.size() != 1) {
            throw new IllegalStateException(where + ": " + grades.size() + " grade rules fired; score.drl must set exactly one grade");
        }
        Set<String> firedNames = new HashSet<>();
        fired.forEach(f -> firedNames.add(f.rule().name()));
        List<RuleInfo> notApplied = ruleSet.rules().stream().filter(r -> !firedNames.contains(r.name())).toList();
        int grade = grades.get(0);
        return new ScoredClaim(claim, score, bands.get(0), grade, Grades.label(grade), new Trace(fired, notApplied));
    }
}
