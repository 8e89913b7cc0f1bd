package news.credibility.score;

import java.util.List;

/** A rule set that cannot be used; each problem names file, line and rule. */
public class RuleSetException extends Exception {

    private final List<RuleProblem> problems;

    public RuleSetException(String message, List<RuleProblem> problems) {
        super(message + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems.stream().map(RuleProblem::toString).toList())));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
