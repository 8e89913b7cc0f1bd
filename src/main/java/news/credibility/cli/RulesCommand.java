package news.credibility.cli;

import java.io.PrintStream;

import news.credibility.authoring.CheckReport;
import news.credibility.authoring.RuleCheck;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * {@code rules test|check|diff ...}: the rule authors' workbench on the command line. Exit codes:
 * 0 all good; 1 a case failed, a check found an error, or the rules cannot be read; 2 a mistake in
 * the command line.
 */
final class RulesCommand {

    static final String USAGE = "rules test [--rules DIR] [--json] [--all-entries] | rules check [--rules DIR] [--json]"
            + " | rules diff --baseline DIR|REV [--corpus DIR] [--rules DIR] [--json]";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PrintStream out;
    private final PrintStream err;

    RulesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (!args.isEmpty() && args.get(0).equals("bench")) {
            return bench(args.subList(1, args.size()));
        }
        if (args.isEmpty() || !List.of("test", "check", "diff").contains(args.get(0))) {
            err.println("error: " + (args.isEmpty() ? "rules needs a subcommand" : "unknown rules subcommand '" + args.get(0) + "'") + "; " + USAGE);
            return Cli.USAGE;
        }
        RulesOptions options;
        try {
            options = RulesOptions.parse(args.get(0), args.subList(1, args.size()));
        } catch (UsageException e) {
            err.println("error: " + e.getMessage() + "; " + USAGE);
            return Cli.USAGE;
        }
        if (options.help()) {
            out.print(Usage.TEXT);
            return Cli.OK;
        }
        return switch (args.get(0)) {
            case "test" -> new RulesTestCommand(out, err).run(options);
            case "check" -> check(options);
            default -> new RulesDiffCommand(out, err).run(options); // diff: the subcommand was checked above
        };
    }

    /** Prints every finding (errors first) and a summary; exit 1 on any error. */
    private int check(RulesOptions options) {
        CheckReport report = RuleCheck.run(options.rules());
        out.print(options.json() ? JSON.writeValueAsString(report) + "\n" : report.render());
        return report.passed() ? Cli.OK : Cli.INPUT_PROBLEM;
    }

    /** {@code rules bench [--rules DIR] [--rounds N] [--generated N]}. */
    private int bench(List<String> args) {
        java.nio.file.Path rules = ScoreOptions.DEFAULT_RULES;
        int rounds = 10;
        int generated = 1000;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            try {
                switch (a) {
                    case "--rules" -> rules = java.nio.file.Path.of(args.get(++i));
                    case "--rounds" -> rounds = Integer.parseInt(args.get(++i));
                    case "--generated" -> generated = Integer.parseInt(args.get(++i));
                    default -> {
                        err.println("error: unknown option '" + a + "'; rules bench [--rules DIR] [--rounds N] [--generated N]");
                        return Cli.USAGE;
                    }
                }
            } catch (IndexOutOfBoundsException | NumberFormatException e) {
                err.println("error: " + a + " needs a folder or a whole number after it");
                return Cli.USAGE;
            }
        }
        if (rounds < 1 || generated < 0) {
            err.println("error: --rounds must be at least 1 and --generated at least 0");
            return Cli.USAGE;
        }
        return new RulesBenchCommand(out, err).run(rules, rounds, generated);
    }
}
