package news.credibility.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import news.credibility.score.DrlOutline;
import news.credibility.signal.SignalType;
import news.credibility.text.Utf8;

/**
 * One rule as written in its DRL file: where it is, its conditions, what it sets, and the signal
 * types it names, for the checks that read rules rather than run them.
 *
 * @param name       the rule's name
 * @param file       its file, relative to the rules folder
 * @param line       the line of {@code rule "..."}
 * @param conditions its {@code when} part, comments dropped and spacing and binding names normalised
 * @param sets       what it sets ("band", "grade", "bounds"), or "points" for a rule with a weight
 * @param signals    the signal types its text names
 * @param factTypes  the fact types its conditions match directly (not through {@code from})
 */
record RuleText(String name, String file, int line, String conditions, String sets, Set<SignalType> signals, Set<String> factTypes) {

    private static final Pattern SETS = Pattern.compile("@sets\\s*\\(\\s*\"(\\w+)\"");
    private static final Pattern SIGNAL = Pattern.compile("SignalType\\s*\\.\\s*(\\w+)");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern BINDING = Pattern.compile("\\$\\w+");
    /** A pattern: a type and its parenthesis at the start of a condition or after "not", "exists", "and", "or". */
    private static final Pattern FACT = Pattern.compile("(?:^|\\n|\\bnot\\b|\\bexists\\b|\\band\\b|\\bor\\b|:)\\s*\\(?\\s*([A-Z]\\w*)\\s*\\(");

    /** Every rule of every DRL file of the folder, by name; files that cannot be read are left to the compiler's report. */
    static Map<String, RuleText> read(Path folder) {
        Map<String, RuleText> out = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList()) {
                String rel = folder.relativize(f).toString().replace('\\', '/');
                String text = Utf8.decode(Files.readAllBytes(f));
                String[] lines = text.split("\\R", -1);
                for (DrlOutline.Entry e : DrlOutline.of(rel, text).rules()) {
                    String block = String.join("\n", java.util.Arrays.copyOfRange(lines, e.line() - 1, Math.min(e.endLine(), lines.length)));
                    out.putIfAbsent(e.name(), of(e.name(), rel, e.line(), block));
                }
            }
        } catch (IOException e) {
            // an unreadable folder or file is reported by the compiler with its name
        }
        return out;
    }

    static RuleText of(String name, String file, int line, String block) {
        String code = COMMENT.matcher(block).replaceAll(" ");
        int when = code.indexOf("when");
        int then = code.lastIndexOf("then");
        String conditions = when >= 0 && then > when ? code.substring(when + 4, then) : "";
        Matcher sets = SETS.matcher(code);
        Set<SignalType> signals = new LinkedHashSet<>();
        Matcher s = SIGNAL.matcher(conditions);
        while (s.find()) {
            try {
                signals.add(SignalType.valueOf(s.group(1)));
            } catch (IllegalArgumentException unknown) {
                // an unknown constant is a compile error, reported by the compiler
            }
        }
        return new RuleText(name, file, line, BINDING.matcher(conditions).replaceAll("\\$").replaceAll("\\s+", " ").strip(),
                sets.find() ? sets.group(1) : "points", signals, factTypes(conditions));
    }

    /** The types matched as facts: a pattern followed by "from" matches what its source yields, not facts. */
    private static Set<String> factTypes(String conditions) {
        Set<String> types = new LinkedHashSet<>();
        Matcher m = FACT.matcher("\n" + conditions);
        while (m.find()) {
            if (!closesBeforeFrom(conditions.substring(Math.max(0, m.end() - 2)))) {
                types.add(m.group(1));
            }
        }
        return types;
    }

    /** Whether the pattern starting at {@code rest}'s parenthesis is followed by "from". */
    private static boolean closesBeforeFrom(String rest) {
        int depth = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '(') depth++;
            if (c == ')' && --depth == 0) {
                return rest.substring(i + 1).stripLeading().startsWith("from");
            }
        }
        return false;
    }
}
