package news.credibility.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import news.credibility.authoring.BaselineRules;
import news.credibility.authoring.DiffReport;
import news.credibility.authoring.RulesDiff;
import news.credibility.eval.EvalInputException;
import news.credibility.eval.TextFolder;
import news.credibility.extract.NewsArticleReader;
import news.credibility.score.RuleSet;
import news.credibility.score.RuleSetException;
import news.credibility.text.Article;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rules diff --baseline DIR|REV [--corpus DIR]... [--rules DIR] [--json]}: the impact of the
 * candidate rules (the rules folder) against a baseline on a corpus (the seeds by default).
 */
final class RulesDiffCommand {

    static final Path SEEDS = Path.of("seeds");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PrintStream out;
    private final PrintStream err;

    RulesDiffCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(RulesOptions options) {
        try (BaselineRules baselineFolder = BaselineRules.resolve(options.baseline(), options.rules())) {
            RuleSet candidate = load(options.rules(), "candidate");
            if (candidate == null) {
                return Cli.INPUT_PROBLEM;
            }
            List<Article> articles = new ArrayList<>();
            for (Path corpus : options.corpora().isEmpty() ? List.of(SEEDS) : options.corpora()) {
                try {
                    articles.addAll(TextFolder.read(corpus));
                } catch (IOException | EvalInputException e) {
                    err.println("error: corpus " + e.getMessage());
                    return Cli.INPUT_PROBLEM;
                }
            }
            RuleSet baseline = load(baselineFolder.folder(), "baseline " + baselineFolder.label());
            if (baseline == null) {
                return Cli.INPUT_PROBLEM;
            }
            DiffReport report = new RulesDiff(new NewsArticleReader()).diff(baseline, baseline.version() + " " + baselineFolder.label(),
                    candidate, candidate.version() + " " + options.rules(), articles);
            out.print(options.json() ? JSON.writeValueAsString(report) + "\n" : report.render());
            return Cli.OK;
        } catch (BaselineRules.BaselineException e) {
            err.println("error: --baseline: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
    }

    private RuleSet load(Path folder, String which) {
        try {
            return RuleSet.load(folder);
        } catch (RuleSetException e) {
            RulesOutput.problems(err, "the %s rules in %s cannot be used; fix these and run again:".formatted(which, folder), e);
            return null;
        }
    }
}
