package news.credibility.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.credibility.extract.Claim;
import news.credibility.score.RuleInfo;
import news.credibility.score.RuleSet;
import news.credibility.score.ScoredClaim;

/**
 * Rules that can never fire against the fact model, and rules shadowed by others, found by reading
 * the rules and by scoring the {@link FactSpace} with the compiled rule set:
 * <ul>
 * <li>a rule that matches a fact type the engine never inserts (only ClaimFact and SignalFact are
 * inserted, Contribution by the rules) can never fire: error;</li>
 * <li>a rule that fires for none of the synthetic claims can never fire (a constraint on a value the
 * fact model cannot take, conditions that contradict each other) or is shadowed by rules that
 * always act first: error; unless it tests words of the text, which synthetic claims do not have:
 * warning;</li>
 * <li>a rule with the same conditions as another, or firing on exactly the same claims as another
 * of its kind, counts one criterion twice or is shadowed by it: warning.</li>
 * </ul>
 */
final class FiringCheck {

    static final Set<String> INSERTED = Set.of("ClaimFact", "SignalFact", "Contribution");
    /** Fields and operators on the words of a claim or signal, which the synthetic claims only make up. */
    private static final java.util.regex.Pattern TEXT_FIELDS = java.util.regex.Pattern.compile(
            "\\b(detail|text|evidence|content|source|cue|sourceName|sourceId|id)\\b\\s*(==|!=|matches|contains|memberOf|soundslike|str\\[)"
                    + "|\\bmatches\\b|\\bcontains\\b|str\\[");

    private FiringCheck() {
    }

    static List<Finding> check(RuleSet rules, Map<String, RuleText> texts) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Claim> space = FactSpace.claims(texts.values());
        Map<String, Set<String>> firedOn = new LinkedHashMap<>();
        rules.rules().forEach(r -> firedOn.put(r.name(), new HashSet<>()));
        for (ScoredClaim c : rules.score(null, List.copyOf(space.values())).claims()) {
            c.trace().fired().forEach(f -> firedOn.get(f.rule().name()).add(c.claim().id()));
        }
        Map<String, String> sameConditions = new HashMap<>();
        Map<String, String> sameFirings = new HashMap<>();
        for (RuleInfo rule : rules.rules()) {
            RuleText text = texts.get(rule.name());
            String file = text == null ? rule.file() : text.file();
            int line = text == null ? 0 : text.line();
            Set<String> foreign = text == null ? Set.of() : new HashSet<>(text.factTypes());
            foreign.removeAll(INSERTED);
            if (!foreign.isEmpty()) {
                findings.add(Finding.error(file, line, rule.name(), ("can never fire: it matches %s facts, but the engine inserts only "
                        + "ClaimFact and SignalFact (and the rules Contribution); match those, or use 'from' for values").formatted(String.join(", ", foreign))));
                continue;
            }
            Set<String> fired = firedOn.get(rule.name());
            if (fired.isEmpty() && text != null && TEXT_FIELDS.matcher(text.conditions()).find()) {
                // the synthetic claims carry made-up words: a condition on words proves nothing here
                findings.add(Finding.warning(file, line, rule.name(), ("fired for none of %d synthetic claims, but it tests words of the text, "
                        + "which those claims do not have; show it firing with a case in tests/").formatted(space.size())));
                continue;
            }
            if (fired.isEmpty()) {
                findings.add(Finding.error(file, line, rule.name(), ("can never fire: it fired for none of %d synthetic claims covering every "
                        + "kind and source type with every signal the rule names; check for a value the fact model cannot take "
                        + "(a REPORTED claim is never UNATTRIBUTED, an OPINION never has a source), contradicting conditions, "
                        + "or rules of higher salience that always act first (shadowing)").formatted(space.size())));
                continue;
            }
            if (text == null) {
                continue;
            }
            String twin = sameConditions.putIfAbsent(text.sets() + "|" + text.conditions(), rule.name());
            if (twin != null) {
                findings.add(Finding.warning(file, line, rule.name(), ("has the same conditions as \"%s\" (%s:%d): one criterion counted twice, "
                        + "or one shadows the other; merge them or make one more specific").formatted(twin, texts.get(twin).file(), texts.get(twin).line())));
                continue;
            }
            String sameClaims = sameFirings.putIfAbsent(text.sets() + "|" + new java.util.TreeSet<>(fired), rule.name());
            if (sameClaims != null) {
                findings.add(Finding.warning(file, line, rule.name(), ("fires on exactly the same synthetic claims as \"%s\" (%s:%d): check they "
                        + "are not one criterion counted twice").formatted(sameClaims, texts.get(sameClaims).file(), texts.get(sameClaims).line())));
            }
        }
        return findings;
    }
}
