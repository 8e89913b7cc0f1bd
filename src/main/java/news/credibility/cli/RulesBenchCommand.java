package news.credibility.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;

import news.credibility.authoring.GeneratedRules;
import news.credibility.authoring.ReloadVetting;
import news.credibility.eval.ExtractionBenchmark;
import news.credibility.eval.TextFolder;
import news.credibility.extract.Claim;
import news.credibility.extract.NewsArticleReader;
import news.credibility.score.ReloadResult;
import news.credibility.score.RuleEngine;
import news.credibility.score.RuleSet;
import news.credibility.score.RuleSetException;
import news.credibility.text.Article;

/**
 * {@code rules bench [--rules DIR] [--rounds N] [--generated N]}: how long a reload of the rules
 * folder takes (compile and swap; then with the checks and the cases that gate it in the service),
 * how long a folder with N generated rules more takes to compile, and the claims per second each
 * scores on the seeds' claims (read once). A benchmark, not a test: run it on a quiet machine.
 */
final class RulesBenchCommand {

    private final PrintStream out;
    private final PrintStream err;

    RulesBenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    private static final int WARM_UP_RELOADS = 5;

    int run(Path rules, int rounds, int generated) {
        try {
            NewsArticleReader reader = new NewsArticleReader();
            RuleEngine engine = RuleEngine.load(rules);
            List<Article> seeds = TextFolder.read(RulesDiffCommand.SEEDS);
            List<List<Claim>> claims = seeds.stream().map(a -> reader.read(a, engine.current().lexicons()).claims()).toList();
            int claimCount = claims.stream().mapToInt(List::size).sum();

            // the first reload in a fresh JVM compiles Drools' own code paths cold; a service reloads warm
            double firstReload = time(() -> check(engine.reload())) / 1e6;
            for (int i = 0; i < WARM_UP_RELOADS; i++) {
                check(engine.reload());
            }
            long cpu0 = cpuNanos();
            double reload = median(rounds, () -> time(() -> check(engine.reload())));
            double reloadCpu = (cpuNanos() - cpu0) / 1e6 / rounds;
            engine.gateReloadsWith(new ReloadVetting(reader));
            double gated = median(rounds, () -> time(() -> check(engine.reload())));
            double defaultRate = claimsPerSecond(engine.current(), seeds, claims, claimCount, rounds);
            out.printf("rules %s: %d rules, version %s; %d seed claims%n", rules, engine.current().rules().size(), engine.current().version(), claimCount);
            out.printf("  first reload in this JVM (cold):                 %7.0f ms%n", firstReload);
            out.printf("  reload (compile, self-check, swap), median of %d after %d warm-up: %5.0f ms; %.0f ms of process CPU (target < 300 ms)%n",
                    rounds, WARM_UP_RELOADS, reload, reloadCpu);
            out.printf("  reload gated by checks and cases, median of %d:  %7.0f ms%n", rounds, gated);
            out.printf("  scoring: %,.0f claims/s, %.1f firings a claim%n", defaultRate, firingsPerClaim(engine.current(), seeds, claims, claimCount));

            for (GeneratedRules.Shape shape : GeneratedRules.Shape.values()) {
                Path big = Files.createTempDirectory("rules-bench-");
                copy(rules, big);
                GeneratedRules.write(big, generated, shape);
                RuleSet[] loaded = new RuleSet[1];
                int compiles = Math.min(rounds, 3);
                long compileStart = cpuNanos();
                double compile = median(compiles, () -> time(() -> loaded[0] = load(big)));
                double compileCpu = (cpuNanos() - compileStart) / 1e6 / compiles;
                double bigRate = claimsPerSecond(loaded[0], seeds, claims, claimCount, rounds);
                out.printf("rules + %d generated, %s shape: %d rules%n", generated, shape.name().toLowerCase(), loaded[0].rules().size());
                out.printf("  compile (with self-check), median of %d: %.0f ms; %.0f ms of process CPU a compile (target < 5000 ms)%n",
                        compiles, compile, compileCpu);
                out.printf("  scoring: %,.0f claims/s, %.1f firings a claim; %.2f of the default's claims/s (target >= 0.50)%n", bigRate,
                        firingsPerClaim(loaded[0], seeds, claims, claimCount), bigRate / defaultRate);
            }
            return Cli.OK;
        } catch (RuleSetException e) {
            RulesOutput.problems(err, "the rules in " + rules + " cannot be used:", e);
            return Cli.INPUT_PROBLEM;
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
    }

    private static void check(ReloadResult result) {
        if (!result.success()) {
            throw new IllegalStateException("the reload failed: " + result.problems());
        }
    }

    private static RuleSet load(Path folder) {
        try {
            return RuleSet.load(folder);
        } catch (RuleSetException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static double claimsPerSecond(RuleSet rules, List<Article> seeds, List<List<Claim>> claims, int count, int rounds) {
        for (int i = 0; i < seeds.size(); i++) {
            rules.score(seeds.get(i).text(), claims.get(i)); // warm-up
        }
        double millis = median(rounds, () -> time(() -> {
            for (int i = 0; i < seeds.size(); i++) {
                rules.score(seeds.get(i).text(), claims.get(i));
            }
        }));
        return count / (millis / 1000.0);
    }

    private static double firingsPerClaim(RuleSet rules, List<Article> seeds, List<List<Claim>> claims, int count) {
        long fired = 0;
        for (int i = 0; i < seeds.size(); i++) {
            fired += rules.score(seeds.get(i).text(), claims.get(i)).claims().stream().mapToLong(c -> c.trace().fired().size()).sum();
        }
        return (double) fired / count;
    }

    /** CPU time of the whole process: on a busy machine, closer than the clock to what a quiet one would show. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }

    /** Median milliseconds of {@code rounds} timings. */
    private static double median(int rounds, LongSupplier nanos) {
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            times[i] = nanos.getAsLong();
        }
        return ExtractionBenchmark.median(times) / 1e6;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
