package news.credibility.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The options of {@code eval}: {@code [--out DIR | --pred DIR] [--rules DIR] [--json] GOLD_DIR}.
 * With {@code --pred} existing predictions are scored and the engine does not run; otherwise the
 * engine's predictions go to {@code --out} (a new temporary folder when absent). Options may be
 * written {@code --out DIR} or {@code --out=DIR}.
 */
record EvalOptions(Path gold, Path out, Path pred, Path rules, boolean json, boolean help) {

    private static final Set<String> VALUED = Set.of("--out", "-o", "--pred", "--rules");

    static EvalOptions parse(List<String> args) throws UsageException {
        Path out = null, pred = null, rules = ScoreOptions.DEFAULT_RULES, gold = null;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return new EvalOptions(gold, out, pred, rules, json, true);
            }
            if (arg.equals("--json")) {
                json = true;
                continue;
            }
            if (!arg.startsWith("-")) {
                if (gold != null) {
                    throw new UsageException("eval takes one GOLD_DIR, got '%s' and '%s'".formatted(gold, arg));
                }
                gold = Path.of(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!VALUED.contains(name)) {
                throw new UsageException("unknown eval option '%s'; eval [--out DIR | --pred DIR] [--rules DIR] [--json] GOLD_DIR".formatted(arg));
            }
            String value = eq >= 0 ? arg.substring(eq + 1)
                    : i + 1 < args.size() && !args.get(i + 1).startsWith("-") ? args.get(++i) : "";
            if (value.isBlank()) {
                throw new UsageException(name + " needs a folder after it");
            }
            switch (name) {
                case "--out", "-o" -> out = Path.of(value);
                case "--pred" -> pred = Path.of(value);
                default -> rules = Path.of(value);
            }
        }
        if (gold == null) {
            throw new UsageException("eval needs GOLD_DIR: a PolNeAR-layout folder (text/<stem>.txt, attributions/<stem>_<annotator>.ann)");
        }
        if (out != null && pred != null) {
            throw new UsageException("give --pred DIR (score existing predictions) or --out DIR (where the engine writes its own), not both");
        }
        return new EvalOptions(gold, out, pred, rules, json, false);
    }
}
