package news.credibility.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import news.credibility.extract.ArticleReader;
import news.credibility.lexicon.Lexicons;
import news.credibility.text.Article;

/**
 * Whether reading time grows linearly with article length: a ~1 KB and a ~1 MB article are built
 * from the real paragraphs of the given articles (repeated in turn, one paragraph a line, as news
 * comes), each is read several times after warm-up, and the median times are compared. Linear
 * time gives a time ratio near the size ratio (~1,000); the per-byte ratio should stay near 1.
 * The live heap seen at collections during the large reads is recorded too.
 */
public final class LinearityCheck {

    public record Result(int smallChars, long smallNanos, int largeChars, long largeNanos, int largeRuns,
                         long liveAfterGcBytes, long baselineBytes, long smallCpuNanos, long largeCpuNanos) {

        public double timeRatio() {
            return (double) largeNanos / smallNanos;
        }

        /** The same ratio in the thread's CPU time, which other processes on the machine do not inflate. */
        public double cpuTimeRatio() {
            return (double) largeCpuNanos / smallCpuNanos;
        }

        /** Time per character of the large article over that of the small one: 1.0 is perfectly linear. */
        public double perCharRatio() {
            return timeRatio() * smallChars / largeChars;
        }
    }

    static final int SMALL = 1_024;
    static final int LARGE = 1_048_576;

    private LinearityCheck() {
    }

    public static Result run(List<Article> articles, ArticleReader reader, Lexicons lexicons) {
        List<String> paragraphs = paragraphs(articles);
        Article small = new Article("linearity-1kb", build(paragraphs, SMALL));
        Article large = new Article("linearity-1mb", build(paragraphs, LARGE));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] smallTimes = new long[51];
        long[] smallCpu = new long[51];
        for (int i = -50; i < smallTimes.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            reader.read(small, lexicons);
            if (i >= 0) {
                smallTimes[i] = System.nanoTime() - t0;
                smallCpu[i] = threads.getCurrentThreadCpuTime() - c0;
            }
        }
        long baseline = HeapProbe.usedAfterGc();
        List<Long> largeTimes = new ArrayList<>();
        List<Long> largeCpu = new ArrayList<>();
        long live;
        try (GcWatch watch = new GcWatch()) {
            // a second and third run only when the first was quick enough to repeat
            for (int i = 0; i < 3 && (largeTimes.isEmpty() || largeTimes.get(0) < 30_000_000_000L); i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                reader.read(large, lexicons);
                largeTimes.add(System.nanoTime() - t0);
                largeCpu.add(threads.getCurrentThreadCpuTime() - c0);
            }
            live = watch.maxUsedAfterGc();
        }
        long[] large2 = largeTimes.stream().mapToLong(Long::longValue).toArray();
        return new Result(small.text().length(), ExtractionBenchmark.median(smallTimes), large.text().length(),
                ExtractionBenchmark.median(large2), large2.length, live, baseline, ExtractionBenchmark.median(smallCpu),
                ExtractionBenchmark.median(largeCpu.stream().mapToLong(Long::longValue).toArray()));
    }

    /** The non-blank lines of the articles, in order: real paragraphs of real sentences. */
    static List<String> paragraphs(List<Article> articles) {
        List<String> out = new ArrayList<>();
        for (Article a : articles) {
            a.text().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the articles have no text to build the linearity articles from");
        }
        return out;
    }

    /** Paragraphs joined by blank lines, taken in turn (and again from the first) until {@code chars} is reached. */
    static String build(List<String> paragraphs, int chars) {
        StringBuilder text = new StringBuilder(chars + 4096);
        for (int i = 0; text.length() < chars; i++) {
            text.append(paragraphs.get(i % paragraphs.size())).append("\n\n");
        }
        return text.toString();
    }
}
