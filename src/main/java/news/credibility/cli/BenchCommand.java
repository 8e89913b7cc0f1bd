package news.credibility.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import news.credibility.engine.CredibilityEngine;
import news.credibility.eval.ExtractionBenchmark;
import news.credibility.extract.NewsArticleReader;
import news.credibility.extract.Reading;
import news.credibility.score.RuleSet;
import news.credibility.score.RuleSetException;
import news.credibility.text.Article;

/**
 * {@code bench [--rounds N] [--rules DIR] [PATH...]}: how fast the engine is in one process, on one
 * thread. Reports the time from JVM start to the engine being ready and to the first scored
 * article, then scores the articles (the seeds by default) {@code N} times after a warm-up and
 * prints the median articles, claims and tokens per second, with reading and scoring timed apart.
 * A benchmark, not a test: rerun it on a quiet machine and compare medians from one run.
 */
final class BenchCommand {

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        int rounds = 30;
        Path rules = ScoreOptions.DEFAULT_RULES;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            try {
                switch (a) {
                    case "--rounds" -> rounds = Integer.parseInt(args.get(++i));
                    case "--rules" -> rules = Path.of(args.get(++i));
                    default -> {
                        if (a.startsWith("--")) {
                            err.println("error: unknown bench option " + a + "; bench [--rounds N] [--rules DIR] [PATH...]");
                            return Cli.USAGE;
                        }
                        paths.add(Path.of(a));
                    }
                }
            } catch (IndexOutOfBoundsException | NumberFormatException e) {
                err.println("error: " + a + " needs a whole number or a folder after it");
                return Cli.USAGE;
            }
        }
        if (rounds < 1) {
            err.println("error: --rounds must be at least 1");
            return Cli.USAGE;
        }
        InputArticles inputs = InputArticles.read(paths.isEmpty() ? List.of(Path.of("seeds")) : paths);
        if (!inputs.problems().isEmpty() || inputs.inputs().isEmpty()) {
            inputs.problems().forEach(p -> err.println("error: " + p));
            return Cli.INPUT_PROBLEM;
        }
        List<Article> articles = inputs.inputs().stream().map(InputArticles.Input::article).toList();
        return bench(rules, articles, rounds);
    }

    private int bench(Path rules, List<Article> articles, int rounds) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        CredibilityEngine engine;
        NewsArticleReader reader = new NewsArticleReader();
        try {
            engine = EngineFactory.standard().create(rules);
        } catch (RuleSetException e) {
            err.println("error: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        long ready = System.currentTimeMillis() - jvmStart;
        engine.assess(articles.get(0));
        long first = System.currentTimeMillis() - jvmStart;
        out.printf("engine ready %d ms after JVM start; first article scored after %d ms%n", ready, first);

        RuleSet rs = engine.rules().current();
        int warmup = Math.max(5, rounds / 3);
        long[] readNs = new long[rounds];
        long[] scoreNs = new long[rounds];
        int claims = 0;
        long tokens = 0;
        for (int r = -warmup; r < rounds; r++) {
            long readTotal = 0, scoreTotal = 0;
            int roundClaims = 0;
            long roundTokens = 0;
            for (Article a : articles) {
                long t0 = System.nanoTime();
                Reading reading = reader.read(a, rs.lexicons());
                long t1 = System.nanoTime();
                rs.score(a.text(), reading.claims());
                long t2 = System.nanoTime();
                readTotal += t1 - t0;
                scoreTotal += t2 - t1;
                roundClaims += reading.claims().size();
                roundTokens += reading.analyzed().sentences().stream().mapToLong(s -> s.tokens().size()).sum();
            }
            if (r >= 0) {
                readNs[r] = readTotal;
                scoreNs[r] = scoreTotal;
            }
            claims = roundClaims;
            tokens = roundTokens;
        }
        long[] total = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            total[i] = readNs[i] + scoreNs[i];
        }
        double medTotal = ExtractionBenchmark.median(total) / 1e9, medRead = ExtractionBenchmark.median(readNs) / 1e9,
                medScore = ExtractionBenchmark.median(scoreNs) / 1e9;
        out.printf("%d article(s), %d claims, %d tokens per round; %d rounds after %d warm-up, one thread%n",
                articles.size(), claims, tokens, rounds, warmup);
        out.printf("median per round: %.2f ms (reading %.2f ms, scoring %.2f ms = %.1f%% of the pipeline)%n",
                medTotal * 1e3, medRead * 1e3, medScore * 1e3, 100 * medScore / medTotal);
        out.printf("throughput (median round): %.1f articles/s, %.0f claims/s, %.0f tokens/s%n",
                articles.size() / medTotal, claims / medTotal, tokens / medTotal);
        out.printf("rule set %s%n", rs.version());
        return Cli.OK;
    }

}
