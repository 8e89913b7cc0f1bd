package news.credibility.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import news.credibility.eval.AttributionScorer;
import news.credibility.eval.EvalFigures;
import news.credibility.eval.EvalInputException;
import news.credibility.eval.ExtractionRun;
import news.credibility.eval.GoldCorpus;
import news.credibility.eval.TextFolder;
import news.credibility.extract.ArticleReader;
import news.credibility.extract.Reading;
import news.credibility.lexicon.LexiconException;
import news.credibility.lexicon.Lexicons;

/**
 * {@code eval [--out DIR | --pred DIR] [--rules DIR] [--json] GOLD_DIR}: reads every text of a
 * PolNeAR-layout folder with the engine (the rules folder's lexicons; no scoring), writes brat
 * predictions, and prints attreval.py's figures computed by {@link AttributionScorer}, with the
 * speed of the reading. With {@code --pred} it only scores predictions already written.
 */
final class EvalCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final ArticleReader reader;
    private final Function<Reading, String> brat;

    EvalCommand(PrintStream out, PrintStream err, ArticleReader reader, Function<Reading, String> brat) {
        this.out = out;
        this.err = err;
        this.reader = reader;
        this.brat = brat;
    }

    int run(List<String> args) {
        EvalOptions options;
        try {
            options = EvalOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(Usage.TEXT);
            return Cli.USAGE;
        }
        if (options.help()) {
            out.print(Usage.TEXT);
            return Cli.OK;
        }
        try {
            return evaluate(options);
        } catch (EvalInputException | LexiconException e) {
            err.println("error: " + e.getMessage());
        } catch (IOException e) {
            err.printf("error: %s; check the folders and their permissions%n", e);
        }
        return Cli.INPUT_PROBLEM;
    }

    private int evaluate(EvalOptions options) throws IOException {
        GoldCorpus gold = GoldCorpus.open(options.gold());
        Path pred = options.pred();
        ExtractionRun.Stats stats = null;
        if (pred != null) {
            if (!Files.isDirectory(pred)) {
                err.printf("error: --pred %s is not a folder; give the folder of <stem>.ann predictions%n", pred);
                return Cli.INPUT_PROBLEM;
            }
        } else {
            Path lexiconFolder = options.rules().resolve("lexicons");
            if (!Files.isDirectory(lexiconFolder)) {
                err.printf("error: no lexicons in the rules folder %s (looked for %s); run from the project folder or pass --rules DIR%n",
                        options.rules(), lexiconFolder.toAbsolutePath());
                return Cli.INPUT_PROBLEM;
            }
            if (options.out() != null && Files.exists(options.out()) && !Files.isDirectory(options.out())) {
                err.printf("error: --out %s is a file; give a folder (it is created when missing)%n", options.out());
                return Cli.INPUT_PROBLEM;
            }
            Lexicons lexicons = Lexicons.load(lexiconFolder);
            pred = options.out() != null ? options.out() : Files.createTempDirectory("credibility-eval-");
            stats = ExtractionRun.run(TextFolder.read(gold.folder()), reader, lexicons, brat, pred);
            stats.problems().forEach(p -> err.println("error: " + p));
        }
        EvalFigures figures = AttributionScorer.score(gold, pred);
        if (options.json()) {
            out.println(stats == null ? figures.toJson() : withSpeed(figures.toJson(), stats));
            if (stats != null) {
                err.println("predictions written to " + pred);
            }
        } else {
            out.printf("gold %s%npredictions %s%s%n%n", gold.folder(), pred, stats == null ? "" : " (written by the engine)");
            out.print(figures.table());
            out.println(figures.summary());
            if (stats != null) {
                out.println(speed(stats));
            }
        }
        return stats == null || stats.problems().isEmpty() ? Cli.OK : Cli.INPUT_PROBLEM;
    }

    static String speed(ExtractionRun.Stats s) {
        return String.format(Locale.ROOT, "extraction: %d articles, %d tokens, reading %.2f s (%.2f s with writing), %.0f tokens/s, %.1f articles/s, one thread, one cold pass (bench-extract gives warmed-up medians)",
                s.articles(), s.tokens(), s.readNanos() / 1e9, s.elapsedNanos() / 1e9, s.tokensPerSecond(), s.articlesPerSecond());
    }

    /** attreval.py's JSON object with an "extraction" member added at the end. */
    static String withSpeed(String json, ExtractionRun.Stats s) {
        return json.substring(0, json.length() - 1) + String.format(Locale.ROOT,
                ", \"extraction\": {\"articles\": %d, \"tokens\": %d, \"seconds\": %.3f, \"tokens_per_s\": %.0f, \"articles_per_s\": %.2f}}",
                s.articles(), s.tokens(), s.readNanos() / 1e9, s.tokensPerSecond(), s.articlesPerSecond());
    }
}
