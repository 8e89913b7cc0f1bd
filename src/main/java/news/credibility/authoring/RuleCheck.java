package news.credibility.authoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.credibility.score.RuleSet;
import news.credibility.score.RuleSetException;

/**
 * {@code rules check}: everything that can be known about a rules folder before it goes live.
 * Compiling it reports compile errors (at DRL file, line and rule), metadata, duplicate names,
 * weights out of range and lexicons that do not parse (see {@link RuleSet#load}); then each
 * lexicon file on its own and across files ({@link LexiconCheck}); then rules that can never fire
 * or are shadowed ({@link FiringCheck}); then the case files of {@code tests/} ({@link RuleCases}).
 */
public final class RuleCheck {

    private RuleCheck() {
    }

    public static CheckReport run(Path folder) {
        List<Finding> findings = new ArrayList<>(LexiconCheck.check(folder));
        RuleSet rules = null;
        try {
            rules = RuleSet.load(folder);
        } catch (RuleSetException e) {
            // the loader stops at the first lexicon that does not parse; the lexicon check above named them all
            boolean lexiconsNamed = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
            e.problems().stream().filter(p -> !(lexiconsNamed && p.file().startsWith("lexicons/")))
                    .forEach(p -> findings.add(Finding.error(p)));
        }
        RuleCases.read(folder).problems().forEach(p -> findings.add(Finding.error(p)));
        if (rules == null) {
            return new CheckReport(folder.toString(), null, 0, findings);
        }
        findings.addAll(check(rules));
        return new CheckReport(folder.toString(), rules.version(), rules.rules().size(), findings);
    }

    /** The checks that need the compiled rule set; for a reload, which has compiled it already. */
    static List<Finding> check(RuleSet rules) {
        Map<String, RuleText> texts = RuleText.read(rules.folder());
        return FiringCheck.check(rules, texts);
    }
}
