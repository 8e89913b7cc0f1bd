package news.credibility.authoring;

/** A case with where it is written: the file (relative to the rules folder) and the line it starts on. */
public record LocatedCase(String file, int line, RuleCase spec) {
}
