package news.credibility.score;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;

import news.credibility.extract.Attribution;
import news.credibility.extract.Claim;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.CueKind;
import news.credibility.extract.Source;
import news.credibility.extract.SourceType;
import news.credibility.signal.Signal;
import news.credibility.signal.SignalType;

/**
 * Scores a fixed panel of synthetic claims (every kind and source type, bare, with each signal,
 * with every signal) right after compiling, so that a rule set that cannot score (a gap between
 * band thresholds, two grades at once, a consequence that throws) fails at load with a located
 * problem, never at the first request after a reload.
 */
final class RuleSetSelfCheck {

    private static final Set<SignalType> AGAINST = EnumSet.of(SignalType.HEDGED, SignalType.DENIED, SignalType.NO_COMMENT,
            SignalType.NOT_CONFIRMED, SignalType.SECOND_HAND, SignalType.ANONYMOUS_ORIGIN, SignalType.SINGLE_SOURCE,
            SignalType.SINGLE_OUTLET, SignalType.EXCLUSIVE, SignalType.SELF_SERVING, SignalType.INTERESTED_PARTY,
            SignalType.SAME_SOURCE, SignalType.OPINION);

    private RuleSetSelfCheck() {
    }

    static void check(RuleSet rules, KieBase kieBase, Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        Map<String, String> described = new HashMap<>();
        List<Claim> panel = panel(described);
        try {
            rules.score(null, panel);
        } catch (ConsequenceException e) {
            String rule = e.getRule() == null ? null : e.getRule().getName();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            RuleInfo info = rule == null ? null : rules.rule(rule);
            String file = info == null ? "" : info.file();
            problems.add(new RuleProblem(file, line(outlines, file, rule), rule,
                    "the consequence fails when scoring: " + cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        } catch (IllegalStateException e) {
            String kind = e.getMessage().contains("band") ? "band" : e.getMessage().contains("grade") ? "grade" : "bounds";
            String claim = described.entrySet().stream().filter(d -> e.getMessage().contains("claim " + d.getKey() + ":"))
                    .map(Map.Entry::getValue).findFirst().orElse("a claim");
            String rule = firstSetting(kieBase, rules, kind);
            String file = rule == null ? "" : rules.rule(rule).file();
            problems.add(new RuleProblem(file, line(outlines, file, rule), null,
                    "the rules cannot score " + claim + ": " + e.getMessage().replaceFirst("^rule set \\w+, claim \\w+: ", "")));
        }
    }

    /** Every kind and source type: bare, with each signal alone, with every signal against it, with every signal. */
    private static List<Claim> panel(Map<String, String> described) {
        List<Claim> claims = new ArrayList<>();
        for (ClaimKind kind : ClaimKind.values()) {
            for (SourceType type : SourceType.values()) {
                if ((kind == ClaimKind.REPORTED) == (type == SourceType.UNATTRIBUTED)) {
                    continue;
                }
                List<Set<SignalType>> variants = new ArrayList<>();
                variants.add(EnumSet.noneOf(SignalType.class));
                for (SignalType s : SignalType.values()) {
                    variants.add(EnumSet.of(s));
                }
                variants.add(AGAINST);
                variants.add(EnumSet.allOf(SignalType.class));
                for (Set<SignalType> signals : variants) {
                    String id = "p" + (claims.size() + 1);
                    described.put(id, "%s %s claim with signals %s".formatted(kind, type, signals));
                    claims.add(claim(id, kind, type, signals));
                }
            }
        }
        return claims;
    }

    private static Claim claim(String id, ClaimKind kind, SourceType type, Set<SignalType> types) {
        List<Signal> signals = new ArrayList<>();
        for (SignalType t : types) {
            signals.add(new Signal(t, null, t.name().toLowerCase()));
            if (t == SignalType.HEDGED && types.size() > 1) {
                signals.add(new Signal(t, null, "hedged again"));
            }
        }
        Source source = kind == ClaimKind.REPORTED ? new Source("s1", type, "a " + type + " source", List.of()) : null;
        Attribution attribution = source == null ? null : new Attribution(null, null, null, "say", CueKind.VERB);
        return new Claim(id, kind, null, "self-check claim", null, type, source, attribution, signals);
    }

    /** The first rule (in file order) that declares {@code @sets(kind)}, or null. */
    private static String firstSetting(KieBase kieBase, RuleSet rules, String kind) {
        Set<String> setting = new java.util.HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                if (kind.equals(r.getMetaData().get(RuleMetadata.SETS))) {
                    setting.add(r.getName());
                }
            }
        }
        return rules.rules().stream().map(RuleInfo::name).filter(setting::contains).findFirst().orElse(null);
    }

    private static int line(Map<String, DrlOutline> outlines, String file, String rule) {
        DrlOutline outline = outlines.get(file);
        if (outline == null || rule == null) {
            return 0;
        }
        return outline.rules().stream().filter(e -> e.name().equals(rule)).mapToInt(DrlOutline.Entry::line).findFirst().orElse(0);
    }
}
