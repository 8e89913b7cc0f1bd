package news.credibility.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The options of {@code rules test|check|diff}: {@code [--rules DIR] [--json]}, with {@code
 * --all-entries} for test and {@code --baseline DIR|REV [--corpus DIR]...} for diff (repeat
 * {@code --corpus} to score several folders together). Values may be
 * written {@code --rules DIR} or {@code --rules=DIR}.
 */
record RulesOptions(Path rules, boolean json, boolean allEntries, String baseline, List<Path> corpora, boolean help) {

    private static final Set<String> VALUED = Set.of("--rules", "--baseline", "--corpus");
    private static final Set<String> FLAGS = Set.of("--json", "--all-entries");

    static RulesOptions parse(String command, List<String> args) throws UsageException {
        Path rules = ScoreOptions.DEFAULT_RULES;
        List<Path> corpora = new java.util.ArrayList<>();
        String baseline = null;
        boolean json = false, allEntries = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return new RulesOptions(rules, json, allEntries, baseline, List.copyOf(corpora), true);
            }
            if (FLAGS.contains(arg)) {
                json |= arg.equals("--json");
                allEntries |= arg.equals("--all-entries");
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!VALUED.contains(name) || (!command.equals("diff") && !name.equals("--rules"))) {
                throw new UsageException("unknown option '%s' for rules %s".formatted(arg, command));
            }
            String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.size() && !args.get(i + 1).startsWith("--") ? args.get(++i) : "";
            if (value.isBlank()) {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--baseline" -> baseline = value;
                case "--corpus" -> corpora.add(Path.of(value));
                default -> rules = Path.of(value);
            }
        }
        if (command.equals("diff") && baseline == null) {
            throw new UsageException("rules diff needs --baseline: a rules folder or a git revision (HEAD, main, a1b2c3d)");
        }
        return new RulesOptions(rules, json, allEntries, baseline, List.copyOf(corpora), false);
    }
}
