package news.credibility.authoring;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** What a parsed case must hold beyond its syntax, and parse errors in an author's words. */
final class CaseShape {

    private static final List<String> CASE_KEYS = List.of("name", "article", "claims", "expect");
    private static final List<String> EXPECT_KEYS = List.of("claim", "fires", "doesNotFire", "band", "grade", "score");

    private static final java.util.regex.Pattern MISMATCH = java.util.regex.Pattern.compile(
            "Cannot deserialize value of type `([^`]+)` from (\\w+) (?:value|token)");

    private CaseShape() {
    }

    /** A Java type or a YAML token kind in an author's words. */
    private static String kind(String type) {
        if (type.contains("List") || type.equals("Array")) {
            return "a list ('- ...' lines or [a, b])";
        }
        if (type.equals("Object") || type.contains("authoring.") || type.contains("api.")) {
            return "a mapping ('key: value' lines)";
        }
        if (type.contains("Integer") || type.equals("int")) {
            return "a whole number";
        }
        return "a text";
    }

    /** The first thing wrong with the case, or null. */
    static String problem(RuleCase c) {
        if (c.name() == null || c.name().isBlank()) {
            return "give the case a 'name': a sentence saying what it shows";
        }
        if ((c.article() == null) == (c.claims() == null)) {
            return "give exactly one input: 'article' (a short text) or 'claims' (claims as facts)";
        }
        if (c.article() != null && c.article().isBlank()) {
            return "'article' is blank: write a short article text";
        }
        if (c.claims() != null && c.claims().isEmpty()) {
            return "'claims' is empty: give at least one claim";
        }
        if (c.expect().isEmpty()) {
            return "'expect' is missing: say what the rules must make of at least one claim";
        }
        for (int i = 0; i < c.expect().size(); i++) {
            ClaimExpectation e = c.expect().get(i);
            String where = "expect[" + i + "]";
            if (e == null || e.claim() == null || e.claim().isBlank()) {
                return where + " names no 'claim': give its id (c1) or words of its text";
            }
            if (e.grade() != null && (e.grade() < 1 || e.grade() > 6)) {
                return where + ".grade " + e.grade() + " is not 1 to 6";
            }
            if (e.score() != null && e.score().min() != null && e.score().max() != null && e.score().min() > e.score().max()) {
                return where + ".score: min " + e.score().min() + " is above max " + e.score().max();
            }
            if (e.fires().isEmpty() && e.doesNotFire().isEmpty() && e.band() == null && e.grade() == null && e.score() == null) {
                return where + " expects nothing: give fires, doesNotFire, band, grade or score";
            }
        }
        return null;
    }

    /** A parse error without Java class names: the key or value at fault and what is allowed. */
    static String readable(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> allowed = u.getReferringClass() == ClaimExpectation.class ? EXPECT_KEYS
                    : u.getReferringClass() == RuleCase.class ? CASE_KEYS
                    : u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return "unknown key '%s'%s".formatted(u.getPropertyName(), allowed.isEmpty() ? "" : "; allowed: " + String.join(", ", allowed));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            Object[] values = f.getTargetType().getEnumConstants();
            return "'%s' is not one of %s".formatted(f.getValue(), java.util.Arrays.toString(values));
        }
        String message = e.getOriginalMessage();
        java.util.regex.Matcher mismatch = MISMATCH.matcher(message);
        if (mismatch.find() && !mismatch.group(1).equals("java.lang.String")) {
            return "expected %s here, found %s".formatted(kind(mismatch.group(1)), kind(mismatch.group(2)));
        }
        if (message.contains("type `java.lang.String` from Object value")) {
            // YAML reads "Graded 1: confirmed" in a list as a key and its value
            return "a text was expected where YAML read a key and value: put rule names containing ': ' in quotes (\"Graded 1: confirmed by independent sources\")";
        }
        int cut = message.indexOf(" (for ");
        return (cut > 0 ? message.substring(0, cut) : message).replaceAll("`[\\w.$]+\\.([\\w$]+)`", "$1").trim();
    }
}
