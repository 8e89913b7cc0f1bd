package news.credibility.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.credibility.extract.Attribution;
import news.credibility.extract.Claim;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.CueKind;
import news.credibility.extract.Source;
import news.credibility.extract.SourceType;
import news.credibility.signal.Signal;
import news.credibility.signal.SignalType;

/**
 * Synthetic claims spanning what the fact model can hold, to find rules that can never fire: every
 * kind and source type extraction produces (a reported claim has a source, an unattributed claim
 * and an opinion have none), each with no signal, each signal alone, the signals against a claim,
 * those for it, all of them, and every combination of the signals a rule names (each once, and
 * each twice for rules that count).
 */
final class FactSpace {

    /** Signals that lower a claim; the others raise it or say who the source is. */
    static final Set<SignalType> AGAINST = EnumSet.of(SignalType.HEDGED, SignalType.DENIED, SignalType.NO_COMMENT,
            SignalType.NOT_CONFIRMED, SignalType.SECOND_HAND, SignalType.ANONYMOUS_ORIGIN, SignalType.SINGLE_SOURCE,
            SignalType.SINGLE_OUTLET, SignalType.EXCLUSIVE, SignalType.SELF_SERVING, SignalType.INTERESTED_PARTY,
            SignalType.SAME_SOURCE, SignalType.OPINION);
    /** Combinations of more named signals than this are tried alone and all together only. */
    private static final int MAX_COMBINED = 6;

    private FactSpace() {
    }

    /** The claims, each described for a reader, by id. */
    static Map<String, Claim> claims(Collection<RuleText> rules) {
        List<Set<SignalType>> signalSets = new ArrayList<>();
        signalSets.add(EnumSet.noneOf(SignalType.class));
        for (SignalType s : SignalType.values()) {
            signalSets.add(EnumSet.of(s));
        }
        signalSets.add(AGAINST);
        signalSets.add(EnumSet.complementOf(EnumSet.copyOf(AGAINST)));
        signalSets.add(EnumSet.allOf(SignalType.class));
        for (RuleText rule : rules) {
            signalSets.addAll(combinations(rule.signals()));
        }
        Map<String, Claim> out = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Set<SignalType> signals : signalSets) {
            for (int times = 1; times <= 2; times++) {
                for (ClaimKind kind : ClaimKind.values()) {
                    for (SourceType type : SourceType.values()) {
                        if ((kind == ClaimKind.REPORTED) == (type == SourceType.UNATTRIBUTED)) {
                            continue; // the fact model never holds a reported claim without a source, nor an unsourced one with one
                        }
                        if (seen.add(kind + "/" + type + "/" + signals + "x" + times)) {
                            String id = "f" + (out.size() + 1);
                            out.put(id, claim(id, kind, type, signals, times));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Set<SignalType>> combinations(Set<SignalType> named) {
        List<SignalType> list = List.copyOf(named);
        List<Set<SignalType>> out = new ArrayList<>();
        if (list.size() > MAX_COMBINED) {
            out.add(EnumSet.copyOf(named));
            return out;
        }
        for (int mask = 1; mask < 1 << list.size(); mask++) {
            Set<SignalType> set = EnumSet.noneOf(SignalType.class);
            for (int i = 0; i < list.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(list.get(i));
                }
            }
            out.add(set);
        }
        return out;
    }

    private static Claim claim(String id, ClaimKind kind, SourceType type, Set<SignalType> types, int times) {
        List<Signal> signals = new ArrayList<>();
        for (SignalType t : types) {
            for (int i = 0; i < times; i++) {
                signals.add(new Signal(t, null, t.name().toLowerCase()));
            }
        }
        Source source = kind == ClaimKind.REPORTED ? new Source("s-" + id, type, "a " + type + " source", List.of()) : null;
        Attribution attribution = source == null ? null : new Attribution(null, null, null, "say", CueKind.VERB);
        return new Claim(id, kind, null, "synthetic claim", null, type, source, attribution, signals);
    }
}
