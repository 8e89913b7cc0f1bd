package news.credibility.score;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule of a DRL file starts and ends, read from its text: lets the loader list rules in
 * definition order and name the rule a compile error falls in, by line.
 *
 * @param file  the DRL file, relative to the rules folder
 * @param rules the rules in definition order
 */
public record DrlOutline(String file, List<Entry> rules) {

    /** One rule: its name and the lines it spans (1-based, inclusive). */
    public record Entry(String name, int line, int endLine) {
    }

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern END = Pattern.compile("^\\s*end\\b\\s*(//.*)?$");

    public static DrlOutline of(String file, String content) {
        List<Entry> rules = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        String name = null;
        int start = 0;
        boolean inBlockComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (inBlockComment) {
                inBlockComment = !line.contains("*/");
                continue;
            }
            if (line.trim().startsWith("/*") && !line.contains("*/")) {
                inBlockComment = true;
                continue;
            }
            Matcher rule = RULE.matcher(line);
            if (name == null && rule.find()) {
                name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
                start = i + 1;
            } else if (name != null && END.matcher(line).find()) {
                rules.add(new Entry(name, start, i + 1));
                name = null;
            }
        }
        if (name != null) {
            rules.add(new Entry(name, start, lines.length));
        }
        return new DrlOutline(file, List.copyOf(rules));
    }

    /** The rule whose text holds {@code line}, or null. */
    public String ruleAt(int line) {
        for (Entry e : rules) {
            if (e.line() <= line && line <= e.endLine()) {
                return e.name();
            }
        }
        return null;
    }
}
