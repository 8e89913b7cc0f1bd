package news.credibility.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The options of {@code score}: {@code [--format table|json|jsonl|brat] [--out DIR] [--rules DIR] PATH...}.
 * Options may be written {@code --format json} or {@code --format=json}; {@code --} ends them.
 */
record ScoreOptions(OutputFormat format, Path out, Path rules, List<Path> paths, boolean help) {

    static final Path DEFAULT_RULES = Path.of("rules");

    private static final Set<String> VALUED = Set.of("--format", "-f", "--out", "-o", "--rules");

    static ScoreOptions parse(List<String> args) throws UsageException {
        OutputFormat format = OutputFormat.TABLE;
        Path out = null;
        Path rules = DEFAULT_RULES;
        List<Path> paths = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                paths.add(Path.of(arg));
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                return new ScoreOptions(format, out, rules, paths, true);
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!VALUED.contains(name)) {
                throw new UsageException("unknown option '%s'".formatted(arg));
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                value = "";
            }
            if (value.isBlank()) {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--format", "-f" -> format = OutputFormat.parse(value);
                case "--out", "-o" -> out = Path.of(value);
                default -> rules = Path.of(value);
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("no PATH given: name .txt files or folders of them");
        }
        if (format == OutputFormat.BRAT && out == null) {
            throw new UsageException("--format brat writes one <stem>.ann per input file: give the folder with --out DIR");
        }
        return new ScoreOptions(format, out, rules, List.copyOf(paths), false);
    }
}
