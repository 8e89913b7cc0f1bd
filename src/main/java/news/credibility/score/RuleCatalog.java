package news.credibility.score;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Every rule of a compiled rule set with the metadata it carries on itself, in file then
 * definition order, checked: a scoring rule needs {@code @description} and a whole {@code @weight}
 * within ±100; a rule that sets band, grade or bounds says so with {@code @sets(...)} instead.
 */
final class RuleCatalog {

    private static final Set<String> SETS = Set.of("band", "grade", "bounds");

    private RuleCatalog() {
    }

    /** Rule infos by name, in file then definition order; problems for any broken metadata. */
    static Map<String, RuleInfo> read(KieBase kieBase, Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        Map<String, Rule> compiled = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                compiled.put(r.getName(), r);
            }
        }
        Map<String, RuleInfo> out = new LinkedHashMap<>();
        for (DrlOutline outline : outlines.values()) {
            for (DrlOutline.Entry entry : outline.rules()) {
                Rule rule = compiled.remove(entry.name());
                if (rule == null) {
                    continue; // the outline's view of a commented-out rule; the compiler is authoritative
                }
                RuleInfo info = info(rule, outline.file(), entry.line(), problems);
                if (info != null) {
                    out.put(info.name(), info);
                }
            }
        }
        for (Rule rule : compiled.values()) {
            problems.add(new RuleProblem("", 0, rule.getName(), "cannot tell which file defines this rule; write its name in quotes on the 'rule' line"));
        }
        return out;
    }

    private static RuleInfo info(Rule rule, String file, int line, List<RuleProblem> problems) {
        Map<String, Object> meta = rule.getMetaData();
        int before = problems.size();
        Object description = RuleMetadata.description(meta);
        if (!(description instanceof String d) || d.isBlank()) {
            problems.add(new RuleProblem(file, line, rule.getName(), "missing @description(\"...\"): say in a sentence what the criterion is"));
        }
        Object sets = meta.get(RuleMetadata.SETS);
        Integer weight = null;
        if (sets != null) {
            if (!SETS.contains(String.valueOf(sets))) {
                problems.add(new RuleProblem(file, line, rule.getName(), "@sets(\"" + sets + "\") must be one of \"band\", \"grade\", \"bounds\""));
            }
            if (meta.containsKey(RuleMetadata.WEIGHT)) {
                problems.add(new RuleProblem(file, line, rule.getName(), "a rule that @sets " + sets + " takes no @weight"));
            }
        } else {
            Object w = meta.get(RuleMetadata.WEIGHT);
            if (!(w instanceof Integer || w instanceof Long || w instanceof Short)) {
                problems.add(new RuleProblem(file, line, rule.getName(), w == null
                        ? "missing @weight(n): the points this criterion adds (negative to lower a claim)"
                        : "@weight(" + w + ") must be a whole number"));
            } else if (Math.abs(((Number) w).intValue()) > RuleMetadata.MAX_WEIGHT) {
                problems.add(new RuleProblem(file, line, rule.getName(), "@weight(" + w + ") is outside -100..100"));
            } else {
                weight = ((Number) w).intValue();
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Object standard = meta.get(RuleMetadata.STANDARD);
        return new RuleInfo(rule.getName(), file, (String) description, weight, standard == null ? null : String.valueOf(standard));
    }
}
