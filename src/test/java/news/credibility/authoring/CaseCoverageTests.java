package news.credibility.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.credibility.api.ClaimScoringRequest.ClaimFacts;
import news.credibility.extract.SourceType;

/** Coverage: rules no case fires or expects, lexicon entries no case text holds. */
class CaseCoverageTests {

    @Test
    void reportsRulesWithoutCasesAndLexiconEntriesNoCaseUses() {
        RuleCase one = new RuleCase("one", "Two officials familiar with the talks said the deal was reportedly close. Prices rose last year.", null,
                List.of(new ClaimExpectation("the deal was", List.of("Hedged wording"), List.of("Hedged more than once"), null, null, null)));
        CaseReport report = new RuleCaseRunner(Workbench.reader()).run(Workbench.project(), List.of(new LocatedCase("tests/t.yaml", 1, one)));

        CaseCoverage coverage = CaseCoverage.of(Workbench.project(), report);

        assertThat(coverage.neverFired()).contains("Named official on the record", "Author's opinion").doesNotContain("Hedged wording");
        assertThat(coverage.noFiringCase()).contains("Unnamed source").doesNotContain("Hedged wording");
        assertThat(coverage.noSilentCase()).contains("Hedged wording").doesNotContain("Hedged more than once");
        assertThat(coverage.everyClaim()).as("fired for both claims").containsExactly("Every claim starts from the baseline");
        assertThat(coverage.unusedEntries().get("hedges")).contains("allegedly").doesNotContain("reportedly");
        assertThat(coverage.unusedEntries().get("anonymity")).doesNotContain("officials familiar with").contains("a source familiar with");
        assertThat(coverage.entries().get("hedges")).isGreaterThan(coverage.unusedEntries().get("hedges").size());
        assertThat(coverage.rulesCovered()).isFalse();
        assertThat(coverage.render(false)).contains("rules that fired in no case:").contains("    hedges ");
    }

    @Test
    void theWordsOfFactCasesCountForLexiconCoverage() {
        RuleCase facts = new RuleCase("facts", null, List.of(new ClaimFacts("c1", "It allegedly happened.", null, SourceType.ANONYMOUS,
                "a person familiar with the matter", null, List.of())), List.of(new ClaimExpectation("c1", List.of("Unnamed source"), List.of(), null, null, null)));
        CaseReport report = new RuleCaseRunner(Workbench.reader()).run(Workbench.project(), List.of(new LocatedCase("t", 1, facts)));
        CaseCoverage coverage = CaseCoverage.of(Workbench.project(), report);
        assertThat(coverage.unusedEntries().get("hedges")).doesNotContain("allegedly");
        assertThat(coverage.unusedEntries().get("anonymity")).doesNotContain("a person familiar with");
    }
}
