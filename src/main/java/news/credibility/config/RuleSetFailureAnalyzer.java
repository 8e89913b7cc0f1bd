package news.credibility.config;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import news.credibility.score.RuleProblem;
import news.credibility.score.RuleSetException;

/**
 * A rules folder that does not compile stops the service; this turns the failure into a short
 * report naming file, line and rule for each problem, in place of a wall of stack trace.
 * Registered in META-INF/spring.factories.
 */
public class RuleSetFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleSetException cause) {
        String problems = cause.problems().isEmpty() ? "  " + cause.getMessage()
                : cause.problems().stream().map(RuleProblem::toString).map(p -> "  " + p).collect(Collectors.joining("\n"));
        return new FailureAnalysis("The rules could not be loaded, so the service did not start:\n" + problems,
                "Fix the rule files named above (or point credibility.rules-folder / --credibility.rules-folder=DIR at a working rules folder) and start again.",
                cause);
    }
}
