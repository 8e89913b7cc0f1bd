package news.credibility.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.event.KieRuntimeEventManager;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records, for one scoring session, every rule firing in order with the contributions its
 * consequence made ({@link Contributions} hands them over while the consequence runs), the facts
 * it matched and the evidence it rests on. One listener per session: not shared between threads.
 */
final class TraceListener extends DefaultAgendaEventListener {

    private final Map<String, RuleInfo> rules;
    private final List<Contribution> pending = new ArrayList<>();
    private final Map<String, List<RuleFiring>> firings = new HashMap<>();
    private final Map<String, List<Contribution>> contributions = new HashMap<>();
    /** Facts are immutable and matched again and again: describe each once per session. */
    private final Map<Object, String> descriptions = new IdentityHashMap<>();

    TraceListener(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    /** The trace listener of the session a consequence runs in. */
    static TraceListener of(KieRuntimeEventManager session) {
        for (var listener : session.getAgendaEventListeners()) {
            if (listener instanceof TraceListener trace) {
                return trace;
            }
        }
        throw new IllegalStateException("no trace listener on this session: score claims through RuleSet.score");
    }

    void contributed(Contribution contribution) {
        pending.add(contribution);
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        pending.clear();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (pending.isEmpty()) {
            return;
        }
        String name = event.getMatch().getRule().getName();
        RuleInfo info = rules.get(name);
        List<String> matched = describe(event.getMatch().getObjects());
        for (Contribution c : pending) {
            List<RuleFiring> claimFirings = firings.computeIfAbsent(c.claimId(), k -> new ArrayList<>());
            claimFirings.add(new RuleFiring(claimFirings.size() + 1, info, c.points(), c.reason(), matched, c.evidence()));
            contributions.computeIfAbsent(c.claimId(), k -> new ArrayList<>()).add(c);
        }
        pending.clear();
    }

    List<RuleFiring> firings(String claimId) {
        return firings.getOrDefault(claimId, List.of());
    }

    List<Contribution> contributions(String claimId) {
        return contributions.getOrDefault(claimId, List.of());
    }

    private List<String> describe(List<?> objects) {
        List<String> out = new ArrayList<>();
        for (Object o : objects) {
            describe(o, out);
        }
        return out;
    }

    private void describe(Object o, List<String> out) {
        if (o instanceof ClaimFact c) {
            out.add(descriptions.computeIfAbsent(c, k -> c.describe()));
        } else if (o instanceof SignalFact s) {
            out.add(descriptions.computeIfAbsent(s, k -> s.describe()));
        } else if (o instanceof Contribution c) {
            out.add(c.describe());
        } else if (o instanceof Collection<?> many) {
            many.forEach(m -> describe(m, out));
        } else if (o instanceof Number n) {
            out.add("total " + n.intValue());
        } else if (o != null) {
            out.add(String.valueOf(o));
        }
    }
}
