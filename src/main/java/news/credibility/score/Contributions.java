package news.credibility.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.drools.base.rule.consequence.ConsequenceContext;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence calls to contribute to a claim. The points come from the rule's own
 * {@code @weight}, so a weight is written once, on the rule:
 * <pre>then Contributions.add(drools, $c, "hedged by %s".formatted($h.evidence().text()), $h);</pre>
 * Evidence may be {@link Evidence}, {@link SignalFact}, {@link ClaimFact} (its source and cue words)
 * or collections of them; nulls are skipped.
 */
public final class Contributions {

    private Contributions() {
    }

    /** Adds the rule's {@code @weight} to the claim's score. */
    public static void add(RuleContext drools, ClaimFact claim, String reason, Object... evidence) {
        Object weight = drools.getRule().getMetaData().get(RuleMetadata.WEIGHT);
        if (!(weight instanceof Number n)) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" contributes points but has no @weight");
        }
        record(drools, new Contribution(claim.id(), drools.getRule().getName(), n.intValue(), reason, evidence(evidence), null, null));
    }

    /** Adds computed points: only for rules that keep the score within bounds ({@code @sets("bounds")}). */
    public static void adjust(RuleContext drools, ClaimFact claim, int points, String reason) {
        requireSets(drools, "bounds");
        record(drools, new Contribution(claim.id(), drools.getRule().getName(), points, reason, List.of(), null, null));
    }

    /** Sets the claim's band; contributes no points. */
    public static void band(RuleContext drools, ClaimFact claim, Band band, String reason, Object... evidence) {
        requireSets(drools, "band");
        record(drools, new Contribution(claim.id(), drools.getRule().getName(), 0, reason, evidence(evidence), band, null));
    }

    /** Sets the claim's Admiralty-style grade (1-6); contributes no points. */
    public static void grade(RuleContext drools, ClaimFact claim, int grade, String reason, Object... evidence) {
        requireSets(drools, "grade");
        if (grade < 1 || grade > 6) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" sets grade " + grade + "; grades run from 1 to 6");
        }
        record(drools, new Contribution(claim.id(), drools.getRule().getName(), 0, reason, evidence(evidence), null, grade));
    }

    private static void requireSets(RuleContext drools, String what) {
        if (!what.equals(drools.getRule().getMetaData().get(RuleMetadata.SETS))) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" must declare @sets(\"" + what + "\")");
        }
    }

    /** Inserts the contribution (so score rules can sum it) and hands it to the session's trace. */
    private static void record(RuleContext drools, Contribution contribution) {
        TraceListener.of(drools.getKieRuntime()).contributed(contribution);
        if (drools instanceof ConsequenceContext consequence) {
            consequence.insert(contribution);
        } else {
            drools.getKieRuntime().insert(contribution);
        }
    }

    /**
     * The words of the evidence in text order, quoted and joined, for reasons: {@code "allegedly",
     * "reportedly"}. A signal supplied without text reads as its detail, or its type.
     */
    public static String words(Object... evidence) {
        List<String> out = new ArrayList<>();
        for (Object item : flatten(evidence)) {
            if (item instanceof SignalFact s) {
                out.add(s.evidence().text() != null ? "\"" + s.evidence().text() + "\""
                        : s.detail() != null ? s.detail() : s.type().name());
            } else if (item instanceof Evidence e && e.text() != null) {
                out.add("\"" + e.text() + "\"");
            }
        }
        return out.isEmpty() ? "(no words)" : String.join(", ", out);
    }

    /** Evidence in text order (evidence without a span last, in the order given). */
    private static List<Evidence> evidence(Object[] items) {
        List<Evidence> out = new ArrayList<>();
        for (Object item : flatten(items)) {
            if (item instanceof Evidence e) {
                out.add(e);
            } else if (item instanceof SignalFact s) {
                out.add(s.evidence());
            } else if (item instanceof ClaimFact c) {
                if (c.source() != null) out.add(c.source());
                if (c.cue() != null) out.add(c.cue());
            } else {
                throw new IllegalArgumentException("cannot use " + item.getClass().getSimpleName() + " as evidence");
            }
        }
        out.sort(Comparator.comparingInt(e -> e.span() == null ? Integer.MAX_VALUE : e.span().start()));
        return out;
    }

    /** Items and the members of collections among them, nulls left out, signals in text order. */
    private static List<Object> flatten(Object[] items) {
        List<Object> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Collection<?> many) {
                List<Object> members = new ArrayList<>(many);
                members.removeIf(m -> m == null);
                members.sort(Comparator.comparingInt(Contributions::start));
                out.addAll(members);
            } else if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private static int start(Object item) {
        Evidence e = item instanceof SignalFact s ? s.evidence() : item instanceof Evidence ev ? ev : null;
        return e == null || e.span() == null ? Integer.MAX_VALUE : e.span().start();
    }
}
