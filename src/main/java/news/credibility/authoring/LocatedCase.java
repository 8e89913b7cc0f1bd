package news.credibility.authoring;

/** A case with where it is written: the file (relative to the rules folder) and the line it starts on. */
public record LocatedCase(String file, int line, RuleCase spec) {

    /** hedging.yaml:12 "A hedge lowers the claim" */
    public String where() {
        return "%s:%d \"%s\"".formatted(file, line, spec.name());
    }
}
