package news.credibility.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.builder.Message;

/**
 * Turns the DRL compiler's messages into problems an author can act on: the file relative to the
 * rules folder, the DRL line (for an error in a consequence, the line of the offending word rather
 * than the rule's first line), the rule, and the fault without generated class names or MVEL
 * carets.
 */
final class CompilerMessages {

    private static final Pattern GENERATED = Pattern.compile("\\S*Rule_\\S*\\.java\\s*(\\(\\d+:\\d+\\))?\\s*:?\\s*");
    private static final Pattern RULE_HEADER = Pattern.compile("Rule Compilation error\\s*:?\\s*(\\[Rule name='[^']*'\\])?\\s*");
    private static final Pattern TRAILER = Pattern.compile("\\s*:\\s*\\[Rule name='[^']*'\\]\\s*$");
    private static final Pattern NOISE = Pattern.compile("^(\\^|\\[Near : .*|\\[Line: \\d+, Column: \\d+\\].*)$");
    private static final Pattern NO_FIELD = Pattern.compile(
            "\\[Error: unable to resolve method using strict-mode: (?:[\\w$]+\\.)*([\\w$]+)\\.(\\w+)\\(\\)\\]");
    /** The word a Java consequence error is about: "The method formated(String)", "STRANG cannot be resolved". */
    private static final Pattern CULPRIT = Pattern.compile("The method (\\w+)\\(|^(\\w+) cannot be resolved|The field (\\w+)");
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private CompilerMessages() {
    }

    /** {@code paths}: the path each file was compiled under, to its path relative to the rules folder. */
    static List<RuleProblem> problems(List<Message> errors, Map<String, String> paths, Map<String, String> drl,
                                      Map<String, DrlOutline> outlines) {
        List<RuleProblem> out = new ArrayList<>();
        for (Message m : errors) {
            String file = m.getPath() == null ? "" : paths.getOrDefault(m.getPath(), m.getPath());
            String message = clean(m.getText());
            DrlOutline outline = outlines.get(file);
            int line = Math.max(m.getLine(), 0);
            String rule = outline == null ? null : outline.ruleAt(line);
            if (rule != null) {
                line = refine(line, message, drl.get(file), outline, rule);
            }
            out.add(new RuleProblem(file, line, rule, message));
        }
        // "null Package" only repeats that the file did not parse: keep it when it is all we have
        if (out.stream().anyMatch(p -> !p.message().contains(NULL_PACKAGE))) {
            out.removeIf(p -> p.message().contains(NULL_PACKAGE));
        }
        return out;
    }

    /** The author's view of a compiler message. */
    static String clean(String text) {
        String s = RULE_HEADER.matcher(text).replaceAll("");
        s = GENERATED.matcher(s).replaceAll("");
        s = TRAILER.matcher(s).replaceAll("");
        Matcher noField = NO_FIELD.matcher(s);
        if (noField.find()) {
            s = s.replace(noField.group(), noField.group(1) + " has no field '" + noField.group(2) + "'");
        }
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\\R")) {
            String t = line.trim();
            if (!t.isEmpty() && !NOISE.matcher(t).matches()) {
                lines.add(t.endsWith(":") ? t.substring(0, t.length() - 1) : t);
            }
        }
        return String.join(": ", lines);
    }

    /** For an error in a consequence the compiler gives the rule's line: find the offending word's line. */
    private static int refine(int line, String message, String text, DrlOutline outline, String rule) {
        Matcher culprit = CULPRIT.matcher(message);
        if (text == null || !culprit.find()) {
            return line;
        }
        String word = culprit.group(1) != null ? culprit.group(1) : culprit.group(2) != null ? culprit.group(2) : culprit.group(3);
        Pattern w = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
        String[] lines = text.split("\\R", -1);
        DrlOutline.Entry entry = outline.rules().stream().filter(e -> e.name().equals(rule)).findFirst().orElseThrow();
        for (int i = Math.max(line, entry.line()); i <= Math.min(entry.endLine(), lines.length); i++) {
            if (w.matcher(lines[i - 1]).find()) {
                return i;
            }
        }
        return line;
    }
}
