package news.credibility.score;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

/**
 * Turns a rules folder on disk into an immutable {@link RuleSet}: reads the DRL and lexicon files
 * once, versions them, compiles, checks every rule's metadata, and scores a panel of synthetic
 * claims. Any problem, anywhere, fails the whole set with every problem located by file, line and rule.
 */
final class RuleSetCompiler {

    private RuleSetCompiler() {
    }

    static RuleSet compile(Path folder) throws RuleSetException {
        Path root = folder.toAbsolutePath().normalize();
        List<RuleProblem> problems = new ArrayList<>();
        RuleFiles files = RuleFiles.read(root, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException("The rules in " + root + " cannot be used", problems);
        }
        Map<String, DrlOutline> outlines = new LinkedHashMap<>();
        files.drl().forEach((file, text) -> outlines.put(file, DrlOutline.of(file, text)));
        checkUniqueNames(outlines, problems);
        KieBase kieBase = problems.isEmpty() ? DrlCompiler.compile(files.drl(), outlines, files.version(), problems) : null;
        Map<String, RuleInfo> rules = kieBase == null ? Map.of() : RuleCatalog.read(kieBase, outlines, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException("The rules in " + root + " cannot be used", problems);
        }
        RuleSet ruleSet = new RuleSet(root, files.version(), kieBase, files.lexicons(), rules);
        RuleSetSelfCheck.check(ruleSet, kieBase, outlines, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException("The rules in " + root + " cannot score claims", problems);
        }
        return ruleSet;
    }

    /** Two rules of one name would override each other silently: name both places. */
    private static void checkUniqueNames(Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        Map<String, String> seen = new HashMap<>();
        for (DrlOutline outline : outlines.values()) {
            for (DrlOutline.Entry e : outline.rules()) {
                String first = seen.putIfAbsent(e.name(), outline.file() + ":" + e.line());
                if (first != null) {
                    problems.add(new RuleProblem(outline.file(), e.line(), e.name(), "duplicate rule name, first defined at " + first));
                }
            }
        }
    }
}
