package news.credibility.score;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import news.credibility.extract.Attribution;
import news.credibility.extract.Claim;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.CueKind;
import news.credibility.extract.Source;
import news.credibility.extract.SourceType;
import news.credibility.signal.Signal;
import news.credibility.signal.SignalType;
import news.credibility.text.Span;

/**
 * Benchmark, not a test: compile time of a rules folder and scoring cost (CPU time of the scoring
 * thread, robust to a busy machine) for articles of 25 random claims with 2-3 signals each, about
 * what the seeds yield. Run after {@code mvn test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) news.credibility.score.ScoringBenchmark [rules]}
 */
public final class ScoringBenchmark {

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws RuleSetException {
        Path folder = Path.of(args.length > 0 ? args[0] : "rules");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            RuleSet.load(folder);
            System.out.printf("compile %s: %.0f ms%n", folder, (System.nanoTime() - t) / 1e6);
        }
        RuleSet rules = RuleSet.load(folder);
        String text = "word ".repeat(2000);
        List<List<Claim>> articles = new ArrayList<>();
        Random random = new Random(7);
        for (int a = 0; a < 50; a++) {
            articles.add(article(random, text));
        }
        for (int i = 0; i < 2000; i++) {
            rules.score(text, articles.get(i % articles.size()));
        }
        int calls = 5000;
        long wall = System.nanoTime();
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
            rules.score(text, articles.get(i % articles.size()));
        }
        double cpuMs = (cpu.getCurrentThreadCpuTime() - start) / 1e6;
        double wallMs = (System.nanoTime() - wall) / 1e6;
        System.out.printf("%d rules, %d articles of 25 claims: %.3f ms CPU per article, %.0f claims/s per core (wall %.3f ms/article)%n",
                rules.rules().size(), calls, cpuMs / calls, calls * 25 / (cpuMs / 1000), wallMs / calls);
    }

    private static List<Claim> article(Random random, String text) {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ClaimKind kind = ClaimKind.values()[random.nextInt(ClaimKind.values().length)];
            SourceType type = kind == ClaimKind.REPORTED ? SourceType.values()[random.nextInt(SourceType.values().length - 1)] : SourceType.UNATTRIBUTED;
            Span content = Span.of(i * 40, i * 40 + 30);
            Source source = kind == ClaimKind.REPORTED ? new Source("s" + random.nextInt(4), type, "source", List.of(Span.of(i * 40, i * 40 + 6))) : null;
            Attribution attribution = source == null ? null : new Attribution(Span.of(i * 40 + 7, i * 40 + 11), source.mentions().get(0), content, "say", CueKind.VERB);
            List<Signal> signals = new ArrayList<>();
            for (int s = 0, n = 2 + random.nextInt(2); s < n; s++) {
                signals.add(new Signal(SignalType.values()[random.nextInt(SignalType.values().length)], Span.of(i * 40 + s, i * 40 + s + 4), null));
            }
            claims.add(new Claim("c" + (i + 1), kind, content, content.text(text), content, type, source, attribution, signals));
        }
        return claims;
    }
}
