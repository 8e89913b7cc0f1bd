package news.credibility.cli;

import java.io.PrintStream;

import news.credibility.authoring.CaseCoverage;
import news.credibility.authoring.CaseFailure;
import news.credibility.authoring.CaseReport;
import news.credibility.authoring.RuleCases;
import news.credibility.extract.NewsArticleReader;
import news.credibility.score.RuleProblem;
import news.credibility.score.RuleSet;
import news.credibility.score.RuleSetException;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rules test}: compiles the rules folder, runs the cases of {@code tests/}, prints each
 * failure with its case, claim and trace against the expectation, then the coverage.
 */
final class RulesTestCommand {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The {@code --json} document. */
    record Result(String ruleSetVersion, int cases, int expectations, java.util.List<CaseFailure> failures,
                  java.util.List<RuleProblem> problems, CaseCoverage coverage) {
    }

    private final PrintStream out;
    private final PrintStream err;

    RulesTestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(RulesOptions options) {
        RuleSet rules;
        try {
            rules = RuleSet.load(options.rules());
        } catch (RuleSetException e) {
            RulesOutput.problems(err, "the rules in " + options.rules() + " cannot be used; fix these and run again:", e);
            return Cli.INPUT_PROBLEM;
        }
        RuleCases cases = RuleCases.read(options.rules());
        cases.problems().forEach(p -> err.println("error: " + p));
        if (cases.cases().isEmpty() && cases.problems().isEmpty()) {
            err.printf("error: %s holds no test cases; write them as YAML in %s/ (see the README, rule authors)%n",
                    options.rules().resolve(RuleCases.FOLDER), RuleCases.FOLDER);
            return Cli.INPUT_PROBLEM;
        }
        CaseReport report = new news.credibility.authoring.RuleCaseRunner(new NewsArticleReader()).run(rules, cases.cases());
        CaseCoverage coverage = CaseCoverage.of(rules, report);
        if (options.json()) {
            out.print(JSON.writeValueAsString(new Result(report.ruleSetVersion(), report.cases(), report.expectations(),
                    report.failures(), cases.problems(), coverage)) + "\n");
        } else {
            report.failures().forEach(f -> out.print(f.render()));
            out.printf("rules %s (version %s): %d cases, %d expectations, %d failed%s%n", options.rules(), rules.version(),
                    report.cases(), report.expectations(), report.failures().size(),
                    cases.problems().isEmpty() ? "" : ", %d case file problem%s".formatted(cases.problems().size(), cases.problems().size() == 1 ? "" : "s"));
            out.print(coverage.render(options.allEntries()));
        }
        return report.passed() && cases.problems().isEmpty() ? Cli.OK : Cli.INPUT_PROBLEM;
    }
}
