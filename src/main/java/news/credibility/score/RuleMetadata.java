package news.credibility.score;

/** The metadata keys a rule carries on itself ({@code @description("...")}, {@code @weight(-10)}, ...). */
final class RuleMetadata {

    static final String DESCRIPTION = "description";
    static final String WEIGHT = "weight";
    static final String STANDARD = "standard";
    /** What a rule sets instead of points: "band", "grade" or "bounds" (keeps the score within 0..100). */
    static final String SETS = "sets";
    static final int MAX_WEIGHT = 100;

    private RuleMetadata() {
    }

    /** {@code @description} is a known KIE annotation: the compiler files it under its class name. */
    static Object description(java.util.Map<String, Object> meta) {
        Object d = meta.get(DESCRIPTION);
        return d != null ? d : meta.get(org.kie.api.definition.type.Description.class.getName());
    }
}
