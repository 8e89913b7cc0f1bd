package news.credibility.authoring;

import java.util.List;
import java.util.Map;

/**
 * What the candidate rules change against the baseline on a corpus.
 *
 * @param baseline      the baseline's version and where it came from ("a1b2c3d4e5f6 (git HEAD)")
 * @param candidate     the candidate's version and folder
 * @param articles      articles scored
 * @param claims        claims scored by both
 * @param readTwice     true when the lexicons differ, so each side read the articles with its own
 *                      (claims are then matched by their span; unmatched ones are counted apart)
 * @param unmatched     claims only one side found (0 when read once)
 * @param changed       claims whose band or grade changed, with both traces
 * @param shifts        score shift (candidate minus baseline) to how many claims moved by it
 * @param firings       per rule of either set, the claims it fired for before and after
 * @param stopped       rules that fired before and no longer do
 * @param started       rules that fire now and did not before
 * @param timing        how long it took
 */
public record DiffReport(String baseline, String candidate, int articles, int claims, boolean readTwice, int unmatched,
                         List<ClaimChange> changed, Map<Integer, Integer> shifts, List<Firings> firings,
                         List<String> stopped, List<String> started, Timing timing) {

    /**
     * @param wallMillis  clock time of reading and scoring everything
     * @param readMillis  reading (extraction), summed over threads; shared by both sides when read once
     * @param scoreMillis scoring with both sets, summed over threads
     * @param threads     threads at most
     */
    public record Timing(long wallMillis, long readMillis, long scoreMillis, int threads) {
    }

    /** How many claims a rule fired for, before and after. */
    public record Firings(String rule, int before, int after) {
    }

    public DiffReport {
        changed = List.copyOf(changed);
        shifts = Map.copyOf(shifts);
        firings = List.copyOf(firings);
        stopped = List.copyOf(stopped);
        started = List.copyOf(started);
    }

    /** Claims whose score moved. */
    public int moved() {
        return shifts.entrySet().stream().filter(e -> e.getKey() != 0).mapToInt(Map.Entry::getValue).sum();
    }

    /** The report as the command line prints it. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("rules diff: baseline %s -> candidate %s%n".formatted(baseline, candidate));
        out.append("%d articles, %d claims%s in %.1f s on %d threads (reading %.1f s%s, scoring both %.1f s, thread time)%n".formatted(
                articles, claims, unmatched > 0 ? " (and %d found by one side only)".formatted(unmatched) : "", timing.wallMillis() / 1000.0,
                timing.threads(), timing.readMillis() / 1000.0, readTwice ? " twice: the lexicons differ" : " once, shared",
                timing.scoreMillis() / 1000.0));
        out.append("%nClaims whose band or grade changed: %d%n".formatted(changed.size()));
        changed.forEach(c -> out.append(c.render()));
        out.append("%nScore shift (candidate - baseline): %d of %d claims moved%n".formatted(moved(), claims));
        shifts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.append("  %+4d  %6d claim%s%n".formatted(e.getKey(), e.getValue(), e.getValue() == 1 ? "" : "s")));
        out.append("%nFirings per rule (claims it fired for)%n  %-60s %7s %7s %7s%n".formatted("rule", "before", "after", "change"));
        firings.forEach(f -> out.append("  %-60s %7d %7d %+7d%n".formatted(f.rule(), f.before(), f.after(), f.after() - f.before())));
        out.append("%nRules that stopped firing: %s%n".formatted(stopped.isEmpty() ? "none" : String.join("; ", stopped)));
        out.append("Rules that started firing: %s%n".formatted(started.isEmpty() ? "none" : String.join("; ", started)));
        return out.toString();
    }
}
