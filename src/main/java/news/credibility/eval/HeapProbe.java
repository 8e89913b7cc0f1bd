package news.credibility.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import news.credibility.extract.ArticleReader;
import news.credibility.extract.Reading;
import news.credibility.lexicon.Lexicons;
import news.credibility.text.Article;

/**
 * What an article costs in heap while it is being read, measured three ways, since the JVM gives no
 * direct "live bytes of this call": (1) retained: readings of all articles are held at once and the
 * heap after a full GC, less the baseline, is divided by their number (what each concurrent article
 * keeps while it waits to be scored or served); (2) allocated: the bytes the reading thread
 * allocates for the largest article (com.sun.management.ThreadMXBean), an upper bound on its
 * transient working set, most of which dies young; (3) the peak used heap the JVM's heap pools saw
 * over the whole run, against the baseline with only the models loaded.
 */
public final class HeapProbe {

    public record Result(long baselineBytes, long retainedPerArticle, long allocatedLargest, int largestChars,
                         long allocatedMean, long peakUsedBytes, long maxHeapBytes) {
    }

    private HeapProbe() {
    }

    /** Resets the heap pools' peak usage so that {@link #peakUsed()} covers what follows. */
    public static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peak usage since the last reset. */
    public static long peakUsed() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    public static Result measure(List<Article> articles, ArticleReader reader, Lexicons lexicons, long peakUsed) {
        long baseline = usedAfterGc();
        List<Reading> held = new ArrayList<>(articles.size());
        for (Article a : articles) {
            held.add(reader.read(a, lexicons));
        }
        long retained = (usedAfterGc() - baseline) / articles.size();
        held.clear();

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long total = 0;
        for (Article a : articles) {
            long before = threads.getThreadAllocatedBytes(id);
            reader.read(a, lexicons);
            total += threads.getThreadAllocatedBytes(id) - before;
        }
        Article largest = articles.stream().max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
        long before = threads.getThreadAllocatedBytes(id);
        reader.read(largest, lexicons);
        long allocatedLargest = threads.getThreadAllocatedBytes(id) - before;
        return new Result(baseline, retained, allocatedLargest, largest.text().length(), total / articles.size(),
                Math.max(peakUsed, peakUsed()), Runtime.getRuntime().maxMemory());
    }

    /** Used heap after the collector has run a few times (System.gc is a request; repeating it settles the figure). */
    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
