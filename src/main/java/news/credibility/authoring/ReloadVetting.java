package news.credibility.authoring;

import java.util.ArrayList;
import java.util.List;

import news.credibility.extract.ArticleReader;
import news.credibility.score.ReloadGate;
import news.credibility.score.RuleProblem;
import news.credibility.score.RuleSet;

/**
 * The gate of a live reload: the checks of {@code rules check} (errors only: a warning may be
 * intended) and every case of {@code tests/} must pass on the compiled candidate, or it does not
 * go live and each problem is returned with its file and line.
 */
public final class ReloadVetting implements ReloadGate {

    private final RuleCaseRunner cases;

    public ReloadVetting(ArticleReader reader) {
        this.cases = new RuleCaseRunner(reader);
    }

    @Override
    public List<RuleProblem> vet(RuleSet candidate) {
        List<RuleProblem> problems = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(LexiconCheck.check(candidate.folder()));
        findings.addAll(RuleCheck.check(candidate));
        findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).map(Finding::problem).forEach(problems::add);
        RuleCases read = RuleCases.read(candidate.folder());
        problems.addAll(read.problems());
        if (!problems.isEmpty()) {
            return problems;
        }
        for (CaseFailure f : cases.run(candidate, read.cases()).failures()) {
            problems.add(new RuleProblem(f.file(), f.line(), null, "case \"%s\" fails for claim %s: %s".formatted(f.name(), f.claim(),
                    String.join("; ", f.problems()))));
        }
        return problems;
    }
}
