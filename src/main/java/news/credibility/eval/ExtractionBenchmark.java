package news.credibility.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import news.credibility.extract.ArticleReader;
import news.credibility.lexicon.Lexicons;
import news.credibility.text.Article;
import news.credibility.text.BoilerplateClassifier;
import news.credibility.text.Region;
import news.credibility.text.TextAnalyzer;

/**
 * How fast extraction is on one thread, against the floor OpenNLP sets: each round reads every
 * article with the engine's reader (boilerplate, sentences, tokens, POS, attribution finder,
 * reading builder; no scoring), then runs sentence detection, tokenising and POS tagging alone
 * ({@link TextAnalyzer}) over the same regions. Rounds alternate the two so that noise on a shared
 * machine hits both alike; medians are taken after warm-up rounds that are not counted. The
 * thread's CPU time is taken as well as the wall clock: on a shared machine it is the steadier figure.
 */
public final class ExtractionBenchmark {

    /** Median round times and what a round covers; tokens are the analyser's tokens of all articles. */
    public record Result(int articles, long tokens, long bytes, int rounds, int warmup, long extractionNanos, long floorNanos,
                         long extractionCpuNanos, long floorCpuNanos) {

        public double tokensPerSecond() {
            return tokens / (extractionNanos / 1e9);
        }

        public double articlesPerSecond() {
            return articles / (extractionNanos / 1e9);
        }

        public double floorTokensPerSecond() {
            return tokens / (floorNanos / 1e9);
        }

        /** Extraction time over the OpenNLP floor's: 1.30 means extraction adds 30%. */
        public double ratioToFloor() {
            return (double) extractionNanos / floorNanos;
        }

        /** Tokens per second of the thread's own CPU time: what a quiet machine would show on a busy one. */
        public double cpuTokensPerSecond() {
            return tokens / (extractionCpuNanos / 1e9);
        }

        public double cpuFloorTokensPerSecond() {
            return tokens / (floorCpuNanos / 1e9);
        }

        public double cpuRatioToFloor() {
            return (double) extractionCpuNanos / floorCpuNanos;
        }
    }

    private final ArticleReader reader;
    private final TextAnalyzer analyzer;
    private final Lexicons lexicons;

    public ExtractionBenchmark(ArticleReader reader, TextAnalyzer analyzer, Lexicons lexicons) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.lexicons = lexicons;
    }

    public Result run(List<Article> articles, int rounds) {
        if (articles.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException("need at least one article and one round");
        }
        BoilerplateClassifier boilerplate = new BoilerplateClassifier();
        List<List<Region>> regions = articles.stream().map(a -> boilerplate.classify(a, lexicons)).toList();
        int warmup = Math.max(2, rounds / 3);
        long[] extraction = new long[rounds];
        long[] floor = new long[rounds];
        long[] extractionCpu = new long[rounds];
        long[] floorCpu = new long[rounds];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long tokens = 0;
        for (int r = -warmup; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long roundTokens = 0;
            for (Article a : articles) {
                roundTokens += ExtractionRun.tokens(reader.read(a, lexicons));
            }
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < articles.size(); i++) {
                analyzer.analyze(articles.get(i), regions.get(i));
            }
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            if (r >= 0) {
                extraction[r] = t1 - t0;
                floor[r] = t2 - t1;
                extractionCpu[r] = c1 - c0;
                floorCpu[r] = c2 - c1;
            }
            tokens = roundTokens;
        }
        long bytes = articles.stream().mapToLong(a -> a.text().length()).sum();
        return new Result(articles.size(), tokens, bytes, rounds, warmup, median(extraction), median(floor),
                median(extractionCpu), median(floorCpu));
    }

    /** The median of nanosecond timings (the mean of the middle two for an even count). */
    public static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
