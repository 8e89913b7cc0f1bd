package news.credibility.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule authors' cases of the project's rules folder ({@code rules/tests/}) run in the Maven
 * test run: every case passes, and every rule of the default set has a firing and a non-firing case.
 */
class ProjectRuleCasesTests {

    @Test
    void everyCaseOfTheRulesFolderPasses() {
        RuleCases cases = RuleCases.read(Workbench.RULES);
        assertThat(cases.problems()).as("case files that do not parse").isEmpty();
        assertThat(cases.cases()).hasSizeGreaterThanOrEqualTo(20);

        CaseReport report = new RuleCaseRunner(Workbench.reader()).run(Workbench.project(), cases.cases());

        assertThat(report.failures()).as("failed cases").extracting(CaseFailure::render).isEmpty();
    }

    @Test
    void everyRuleHasAFiringAndANonFiringCase() {
        CaseReport report = new RuleCaseRunner(Workbench.reader()).run(Workbench.project(), RuleCases.read(Workbench.RULES).cases());
        CaseCoverage coverage = CaseCoverage.of(Workbench.project(), report);

        assertThat(coverage.neverFired()).as("rules no case fires").isEmpty();
        assertThat(coverage.noFiringCase()).as("rules no case expects to fire").isEmpty();
        assertThat(coverage.noSilentCase()).as("rules no case expects not to fire").isEmpty();
        // only a rule without conditions may go without a non-firing case: it fires for every claim there is
        assertThat(coverage.everyClaim()).containsExactly("Every claim starts from the baseline");
        assertThat(coverage.rulesCovered()).isTrue();
    }
}
