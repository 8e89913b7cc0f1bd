package news.credibility.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.credibility.api.ClaimScoringRequest.ClaimFacts;
import news.credibility.api.ClaimScoringRequest.Offsets;
import news.credibility.api.ClaimScoringRequest.SignalFacts;
import news.credibility.extract.SourceType;
import news.credibility.score.Band;
import news.credibility.signal.SignalType;

/** Running cases: what passes, and what a failure shows (case, claim, trace against the expectation). */
class RuleCaseRunnerTests {

    private static final ClaimFacts HEDGED_ANONYMOUS = new ClaimFacts("c1", "The deal is close.", null, SourceType.ANONYMOUS,
            "an aide", null, List.of(new SignalFacts(SignalType.HEDGED, "reportedly", null)));

    private final RuleCaseRunner runner = new RuleCaseRunner(Workbench.reader());

    private static LocatedCase facts(ClaimExpectation... expect) {
        return new LocatedCase("tests/t.yaml", 3, new RuleCase("hedged aide", null, List.of(HEDGED_ANONYMOUS), List.of(expect)));
    }

    private static ClaimExpectation expect(String claim, List<String> fires, List<String> silent, Band band, Integer grade,
                                           ClaimExpectation.ScoreRange score) {
        return new ClaimExpectation(claim, fires, silent, band, grade, score);
    }

    @Test
    void expectationsThatHoldPass() {
        CaseReport report = runner.run(Workbench.project(), List.of(facts(expect("c1", List.of("Hedged wording", "Unnamed source"),
                List.of("Hedged more than once"), Band.WEAK, 4, new ClaimExpectation.ScoreRange(25, 25)))));
        assertThat(report.failures()).isEmpty();
        assertThat(report.cases()).isEqualTo(1);
        assertThat(report.expectations()).isEqualTo(1);
        assertThat(report.fired()).contains("Hedged wording", "Unnamed source", "Weak band");
    }

    @Test
    void aFailureNamesCaseAndClaimAndShowsTheTraceAgainstTheExpectation() {
        CaseReport report = runner.run(Workbench.project(), List.of(facts(expect("c1", List.of("Named official on the record"),
                List.of("Hedged wording"), Band.STRONG, 2, new ClaimExpectation.ScoreRange(70, null)))));

        CaseFailure failure = report.failures().get(0);
        assertThat(failure.where()).isEqualTo("tests/t.yaml:3 \"hedged aide\"");
        assertThat(failure.claim()).isEqualTo("c1 \"The deal is close.\"");
        assertThat(failure.problems()).containsExactly(
                "must fire, did not: \"Named official on the record\"",
                "must not fire, did: \"Hedged wording\"",
                "band: expected STRONG, got WEAK (score 25)",
                "grade: expected 2, got 4 (doubtful)",
                "score: expected 70..100, got 25");
        assertThat(failure.trace()).anySatisfy(l -> assertThat(l).startsWith("+  -10  Hedged wording"))
                .anySatisfy(l -> assertThat(l).startsWith(".  +50  Every claim starts from the baseline"))
                .anySatisfy(l -> assertThat(l).isEqualTo("-        Named official on the record"))
                .last().isEqualTo("  = 25, WEAK, grade 4");
        assertThat(failure.render()).startsWith("FAIL tests/t.yaml:3 \"hedged aide\", claim c1").contains("trace (");
    }

    @Test
    void aRuleNameThatDoesNotExistIsAFailureNotASilentPass() {
        CaseReport report = runner.run(Workbench.project(), List.of(facts(expect("c1", List.of(), List.of("Hedged wordin"), null, null, null))));
        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.problems())
                .containsExactly("no rule is called \"Hedged wordin\" in this rule set; check the name against the .drl files"));
    }

    @Test
    void aClaimIsFoundByIdOrByItsWordsAndAnAmbiguousOrMissingOneIsAFailure() {
        LocatedCase article = new LocatedCase("tests/t.yaml", 1, new RuleCase("two claims", """
                The finance minister, Maria Lopez, said the budget would be balanced by 2027.
                Prices rose sharply last year, straining the budget.
                """, null, List.of(
                expect("Budget  WOULD be", List.of("Named official on the record"), List.of(), null, null, null),
                expect("budget", List.of(), List.of("Hedged wording"), null, null, null),
                expect("ferry", List.of(), List.of("Hedged wording"), null, null, null))));

        CaseReport report = runner.run(Workbench.project(), List.of(article));

        assertThat(report.failures()).extracting(f -> f.problems().get(0)).satisfiesExactly(
                p -> assertThat(p).startsWith("2 claims have the words 'budget'").endsWith("give more words or the claim's id"),
                p -> assertThat(p).startsWith("no claim has the id or the words 'ferry'; the claims are: c1 \"the budget would"));
    }

    @Test
    void factsThatCannotBeScoredAreAFailureNamingTheField() {
        ClaimFacts bad = new ClaimFacts("c1", "x", null, SourceType.ANONYMOUS, "an aide", new Offsets(0, 3), List.of());
        CaseReport report = runner.run(Workbench.project(), List.of(new LocatedCase("tests/t.yaml", 1,
                new RuleCase("offsets without text", null, List.of(bad), List.of(expect("c1", List.of(), List.of(), Band.WEAK, null, null))))));
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.claim()).isEqualTo("claims[0].content");
            assertThat(f.problems().get(0)).startsWith("the claims cannot be scored: claims[0].content gives offsets");
        });
    }
}
