package news.credibility.cli;

import java.io.PrintStream;

import news.credibility.score.RuleProblem;
import news.credibility.score.RuleSetException;

/** How the rules commands print a rule set that cannot be used: a heading, then one problem a line. */
final class RulesOutput {

    private RulesOutput() {
    }

    static void problems(PrintStream err, String heading, RuleSetException e) {
        err.println("error: " + heading);
        for (RuleProblem problem : e.problems()) {
            err.println("  " + problem);
        }
        if (e.problems().isEmpty()) {
            err.println("  " + e.getMessage());
        }
    }
}
