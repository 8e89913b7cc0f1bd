package news.credibility.authoring;

import news.credibility.score.RuleProblem;

/**
 * Something {@code rules check} found, located for the rule author. An error keeps the rules from
 * going live; a warning is worth a look but may be intended.
 *
 * @param severity error or warning
 * @param file     the file at fault, relative to the rules folder
 * @param line     1-based line (0 where unknown)
 * @param rule     the rule's name where there is one, else null
 * @param message  what is wrong and what to do
 */
public record Finding(Severity severity, String file, int line, String rule, String message) {

    public enum Severity { ERROR, WARNING }

    static Finding error(RuleProblem p) {
        return new Finding(Severity.ERROR, p.file(), p.line(), p.rule(), p.message());
    }

    static Finding error(String file, int line, String rule, String message) {
        return new Finding(Severity.ERROR, file, line, rule, message);
    }

    static Finding warning(String file, int line, String rule, String message) {
        return new Finding(Severity.WARNING, file, line, rule, message);
    }

    /** The finding as a rule problem, for a refused reload. */
    public RuleProblem problem() {
        return new RuleProblem(file, line, rule, message);
    }

    /** hedging.drl:12 (rule "Hedged wording"): error: ... */
    public String render() {
        return file + (line > 0 ? ":" + line : "") + (rule != null ? " (rule \"" + rule + "\")" : "") + ": "
                + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
