package news.credibility.score;

/**
 * Something wrong with the rule set, located for its author.
 *
 * @param file    the file at fault, relative to the rules folder
 * @param line    1-based line in that file (0 where unknown)
 * @param rule    the rule's name where known, else null
 * @param message what is wrong, in the author's terms
 */
public record RuleProblem(String file, int line, String rule, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (rule != null ? " (rule \"" + rule + "\")" : "") + ": " + message;
    }
}
