package news.credibility.authoring;

import java.util.List;

/**
 * A case whose expectation about one claim did not hold.
 *
 * @param file     the case file, relative to the rules folder
 * @param line     the line the case starts on
 * @param name     the case's name
 * @param claim    the claim's id and words, or what the expectation named when no claim matched
 * @param problems each thing that did not hold, in a sentence
 * @param trace    the claim's trace against the expectation, one line a rule (empty when no claim matched)
 */
public record CaseFailure(String file, int line, String name, String claim, List<String> problems, List<String> trace) {

    public CaseFailure {
        problems = List.copyOf(problems);
        trace = List.copyOf(trace);
    }

    static CaseFailure of(LocatedCase c, String claim, List<String> problems, List<String> trace) {
        return new CaseFailure(c.file(), c.line(), c.spec().name(), claim, problems, trace);
    }

    /** tests/hedging.yaml:12 "A hedge lowers the claim" */
    public String where() {
        return "%s:%d \"%s\"".formatted(file, line, name);
    }

    /** The failure as the command line prints it. */
    public String render() {
        StringBuilder out = new StringBuilder("FAIL ").append(where()).append(", claim ").append(claim).append('\n');
        problems.forEach(p -> out.append("  ").append(p).append('\n'));
        if (!trace.isEmpty()) {
            out.append("  trace (= fired as expected, + fired but must not, - must fire but did not, . fired, not mentioned):\n");
            trace.forEach(t -> out.append("    ").append(t).append('\n'));
        }
        return out.toString();
    }
}
