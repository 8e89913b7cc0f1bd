package news.credibility.score;

import java.util.List;

/**
 * What a compiled candidate rule set must pass before a reload puts it live (the rule authors'
 * checks and test cases): the problems that keep it out, or none.
 */
@FunctionalInterface
public interface ReloadGate {

    /** Lets every rule set that compiles go live. */
    ReloadGate NONE = candidate -> List.of();

    List<RuleProblem> vet(RuleSet candidate);
}
