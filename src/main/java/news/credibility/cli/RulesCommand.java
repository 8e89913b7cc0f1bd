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
}
