package news.credibility.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import news.credibility.eval.EvalInputException;
import news.credibility.eval.ExtractionBenchmark;
import news.credibility.eval.HeapProbe;
import news.credibility.eval.LinearityCheck;
import news.credibility.eval.TextFolder;
import news.credibility.extract.NewsArticleReader;
import news.credibility.lexicon.LexiconException;
import news.credibility.lexicon.Lexicons;
import news.credibility.text.Article;
import news.credibility.text.TextAnalyzer;

/**
 * {@code bench-extract [--rounds N] [--rules DIR] [--no-linearity] [FOLDER...]}: extraction alone
 * (no scoring) on one thread over folders of articles (default: PolNeAR dev beside the project),
 * against OpenNLP's own sentence, token and POS floor; then heap per article and time against
 * article length. A benchmark, not a test: run it on a quiet machine.
 */
final class ExtractionBenchCommand {

    static final Path DEFAULT_CORPUS = Path.of("..", "shared", "corpora", "polnear", "dev");
    private static final String USAGE = "bench-extract [--rounds N] [--rules DIR] [--no-linearity] [FOLDER...]";

    private final PrintStream out;
    private final PrintStream err;

    ExtractionBenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Parsed options; {@code rounds} is at least 1. */
    record Options(int rounds, Path rules, boolean linearity, List<Path> folders) {

        static Options parse(List<String> args) throws UsageException {
            int rounds = 10;
            Path rules = ScoreOptions.DEFAULT_RULES;
            boolean linearity = true;
            List<Path> folders = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--rounds" -> rounds = wholeNumber(a, i + 1 < args.size() ? args.get(++i) : "");
                    case "--rules" -> {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("--rules needs a folder after it; " + USAGE);
                        }
                        rules = Path.of(args.get(++i));
                    }
                    case "--no-linearity" -> linearity = false;
                    default -> {
                        if (a.startsWith("-")) {
                            throw new UsageException("unknown bench-extract option " + a + "; " + USAGE);
                        }
                        folders.add(Path.of(a));
                    }
                }
            }
            return new Options(rounds, rules, linearity, folders.isEmpty() ? List.of(DEFAULT_CORPUS) : List.copyOf(folders));
        }

        private static int wholeNumber(String option, String value) throws UsageException {
            try {
                int n = Integer.parseInt(value);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException(option + " needs a whole number of at least 1 after it, not '" + value + "'");
        }
    }

    int run(List<String> args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
        try {
            Lexicons lexicons = Lexicons.load(options.rules().resolve("lexicons"));
            List<Article> articles = new ArrayList<>();
            for (Path folder : options.folders()) {
                articles.addAll(TextFolder.read(folder));
            }
            bench(options, articles, lexicons);
            return Cli.OK;
        } catch (EvalInputException | LexiconException e) {
            err.println("error: " + e.getMessage()
                    + (Files.isDirectory(options.rules()) ? "" : "; run from the project folder or pass --rules DIR"));
        } catch (IOException e) {
            err.printf("error: %s; check the folders and their permissions%n", e);
        }
        return Cli.INPUT_PROBLEM;
    }

    private void bench(Options options, List<Article> articles, Lexicons lexicons) {
        HeapProbe.resetPeaks();
        NewsArticleReader reader = new NewsArticleReader();
        ExtractionBenchmark.Result r = new ExtractionBenchmark(reader, new TextAnalyzer(), lexicons).run(articles, options.rounds());
        long peak = HeapProbe.peakUsed();
        out.printf(Locale.ROOT, "%d articles, %d tokens, %.1f MB of text per round; %d rounds after %d warm-up, one thread (medians)%n",
                r.articles(), r.tokens(), r.bytes() / 1e6, r.rounds(), r.warmup());
        out.printf(Locale.ROOT, "extraction (boilerplate, OpenNLP, finder, reading builder; no scoring): %.0f ms a round, %.0f tokens/s, %.1f articles/s%n",
                r.extractionNanos() / 1e6, r.tokensPerSecond(), r.articlesPerSecond());
        out.printf(Locale.ROOT, "OpenNLP floor (sentences, tokens, POS on the same regions): %.0f ms a round, %.0f tokens/s%n",
                r.floorNanos() / 1e6, r.floorTokensPerSecond());
        out.printf(Locale.ROOT, "extraction / floor: %.2f (extraction adds %.0f%% to OpenNLP; target <= ~1.30); target >= 50,000 tokens/s: %s%n",
                r.ratioToFloor(), 100 * (r.ratioToFloor() - 1), r.tokensPerSecond() >= 50_000 ? "met" : "NOT met");
        out.printf(Locale.ROOT, "by the thread's CPU time (steadier on a busy machine): extraction %.0f tokens/s, floor %.0f tokens/s, ratio %.2f%n",
                r.cpuTokensPerSecond(), r.cpuFloorTokensPerSecond(), r.cpuRatioToFloor());

        HeapProbe.Result heap = HeapProbe.measure(articles, reader, lexicons, peak);
        out.printf(Locale.ROOT, "heap: baseline %.1f MB after GC (models loaded); retained per article read %.2f MB (all readings held at once, after GC, / articles);"
                        + " allocated per article %.1f MB mean, %.1f MB for the largest (%d chars) (thread allocation counter: an upper bound on the working set);"
                        + " peak used heap over the run %.0f MB (sum of heap pools' peaks) of max %.0f MB%n",
                heap.baselineBytes() / 1e6, heap.retainedPerArticle() / 1e6, heap.allocatedMean() / 1e6, heap.allocatedLargest() / 1e6,
                heap.largestChars(), heap.peakUsedBytes() / 1e6, heap.maxHeapBytes() / 1e6);
        if (options.linearity()) {
            LinearityCheck.Result lin = LinearityCheck.run(articles, reader, lexicons);
            out.printf(Locale.ROOT, "linearity: %d chars in %.2f ms, %d chars in %.0f ms (median of %d): time ratio %.0f for a size ratio of %.0f"
                            + " (target <= ~1,000); time per char ratio %.2f (1.0 = linear)%n",
                    lin.smallChars(), lin.smallNanos() / 1e6, lin.largeChars(), lin.largeNanos() / 1e6, lin.largeRuns(),
                    lin.timeRatio(), (double) lin.largeChars() / lin.smallChars(), lin.perCharRatio());
            out.printf(Locale.ROOT, "linearity by the thread's CPU time: %.2f ms and %.0f ms, ratio %.0f%n",
                    lin.smallCpuNanos() / 1e6, lin.largeCpuNanos() / 1e6, lin.cpuTimeRatio());
            out.printf(Locale.ROOT, "live heap at collections during the 1 MB reads: %s%n", lin.liveAfterGcBytes() == 0 ? "no collection ran"
                    : "%.0f MB over a %.0f MB baseline".formatted(Math.max(0, lin.liveAfterGcBytes() - lin.baselineBytes()) / 1e6, lin.baselineBytes() / 1e6));
        }
    }
}
