package news.credibility.score;

/**
 * A criterion of the rule set as its author wrote it: read from the rule's own metadata.
 *
 * @param name        the rule's stable, readable name
 * @param file        the DRL file it is defined in, relative to the rules folder
 * @param description what the criterion is
 * @param weight      its contribution to the score (null for rules that set band or grade)
 * @param standard    the editorial standard it follows, where one exists
 */
public record RuleInfo(String name, String file, String description, Integer weight, String standard) {
}
