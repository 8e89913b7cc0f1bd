package news.credibility.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;

import news.credibility.extract.ArticleReader;
import news.credibility.extract.Claim;
import news.credibility.score.RuleSet;
import news.credibility.score.ScoredClaim;
import news.credibility.text.Article;

/**
 * Scores a corpus with a baseline and a candidate rule set and reports what changes. Reading (the
 * expensive part) runs once and is shared when both sets have the same lexicons, which is the case
 * whenever only rules change. Articles are read and scored in parallel (reader and rule sets are
 * thread-safe); the report keeps the clock time and the time summed over threads.
 */
public final class RulesDiff {

    private final ArticleReader reader;

    public RulesDiff(ArticleReader reader) {
        this.reader = reader;
    }

    public DiffReport diff(RuleSet baseline, String baselineLabel, RuleSet candidate, String candidateLabel, List<Article> articles) {
        boolean readTwice = !baseline.lexicons().all().equals(candidate.lexicons().all());
        LongAdder readNanos = new LongAdder();
        LongAdder scoreNanos = new LongAdder();
        long start = System.nanoTime();
        // each article on its own: read once (twice when the lexicons differ), scored by both sets
        List<Scored> scored = articles.parallelStream().map(article -> {
            long t0 = System.nanoTime();
            List<Claim> before = reader.read(article, baseline.lexicons()).claims();
            List<Claim> after = readTwice ? reader.read(article, candidate.lexicons()).claims() : before;
            long t1 = System.nanoTime();
            Scored s = new Scored(article.id(), baseline.score(article.text(), before).claims(), candidate.score(article.text(), after).claims());
            readNanos.add(t1 - t0);
            scoreNanos.add(System.nanoTime() - t1);
            return s;
        }).toList();
        long wall = System.nanoTime() - start;
        List<ScoredPair> pairs = new ArrayList<>();
        int unmatched = 0;
        Map<String, int[]> firings = new LinkedHashMap<>();
        baseline.rules().forEach(r -> firings.put(r.name(), new int[2]));
        candidate.rules().forEach(r -> firings.putIfAbsent(r.name(), new int[2]));
        for (Scored s : scored) {
            count(s.before(), firings, 0);
            count(s.after(), firings, 1);
            Map<String, ScoredClaim> byKey = new HashMap<>();
            s.after().forEach(c -> byKey.put(key(c.claim()), c));
            for (ScoredClaim c : s.before()) {
                ScoredClaim match = byKey.remove(key(c.claim()));
                if (match == null) {
                    unmatched++;
                } else {
                    pairs.add(new ScoredPair(s.article(), c, match));
                }
            }
            unmatched += byKey.size();
        }
        return report(baseline, baselineLabel, candidate, candidateLabel, articles.size(), readTwice, unmatched, pairs, firings,
                new DiffReport.Timing(wall / 1_000_000, readNanos.sum() / 1_000_000, scoreNanos.sum() / 1_000_000,
                        Math.min(articles.size(), ForkJoinPool.getCommonPoolParallelism() + 1)));
    }

    private record Scored(String article, List<ScoredClaim> before, List<ScoredClaim> after) {
    }

    private record ScoredPair(String article, ScoredClaim before, ScoredClaim after) {
    }

    /** A claim is the same claim on both sides when it covers the same words (or, without a span, has the same id). */
    private static String key(Claim c) {
        return c.content() == null ? "id:" + c.id() : c.content().start() + ":" + c.content().end();
    }

    private static void count(List<ScoredClaim> claims, Map<String, int[]> firings, int side) {
        for (ScoredClaim c : claims) {
            c.trace().fired().stream().map(f -> f.rule().name()).distinct().forEach(name -> firings.get(name)[side]++);
        }
    }

    private static DiffReport report(RuleSet baseline, String baselineLabel, RuleSet candidate, String candidateLabel, int articles,
                                     boolean readTwice, int unmatched, List<ScoredPair> pairs, Map<String, int[]> firings,
                                     DiffReport.Timing timing) {
        List<ClaimChange> changed = new ArrayList<>();
        Map<Integer, Integer> shifts = new TreeMap<>();
        for (ScoredPair p : pairs) {
            ScoredClaim b = p.before();
            ScoredClaim a = p.after();
            shifts.merge(a.score() - b.score(), 1, Integer::sum);
            if (b.band() != a.band() || b.grade() != a.grade()) {
                changed.add(new ClaimChange(p.article(), b.claim().id(), gist(b.claim().text()), b.score(), a.score(), b.band(), a.band(),
                        b.grade(), a.grade(), trace(b), trace(a)));
            }
        }
        List<DiffReport.Firings> counts = new ArrayList<>();
        List<String> stopped = new ArrayList<>();
        List<String> started = new ArrayList<>();
        firings.forEach((rule, n) -> {
            counts.add(new DiffReport.Firings(rule, n[0], n[1]));
            if (n[0] > 0 && n[1] == 0) {
                stopped.add(rule + (candidate.rule(rule) == null ? " (removed)" : ""));
            } else if (n[0] == 0 && n[1] > 0) {
                started.add(rule + (baseline.rule(rule) == null ? " (new)" : ""));
            }
        });
        return new DiffReport(baselineLabel, candidateLabel, articles, pairs.size(), readTwice, unmatched, changed, shifts, counts,
                stopped, started, timing);
    }

    static List<String> trace(ScoredClaim c) {
        List<String> out = new ArrayList<>();
        c.trace().fired().forEach(f -> out.add("%+4d  %s: %s".formatted(f.points(), f.rule().name(), f.reason())));
        return out;
    }

    private static String gist(String text) {
        String t = Objects.requireNonNullElse(text, "").strip().replaceAll("\\s+", " ");
        return t.length() > 70 ? t.substring(0, 69) + "…" : t;
    }
}
