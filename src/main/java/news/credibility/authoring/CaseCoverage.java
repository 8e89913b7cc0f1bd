package news.credibility.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import news.credibility.lexicon.Lexicon;
import news.credibility.score.RuleInfo;
import news.credibility.score.RuleSet;

/**
 * What the cases leave untested: rules that fired in no case, rules no case expects to fire or
 * not to fire, and lexicon entries whose words appear in no case's text (a word that is never
 * read cannot have been tested; one that is read may still have been passed over by extraction).
 *
 * @param neverFired    rules that fired for no claim of any case
 * @param noFiringCase  rules no expectation lists under {@code fires}
 * @param noSilentCase  rules no expectation lists under {@code doesNotFire}, leaving out those that
 *                      fired for every claim of every case (a rule without conditions cannot be shown
 *                      not to fire)
 * @param everyClaim    rules that fired for every claim of every case
 * @param unusedEntries per lexicon (file name without .txt), the entries no case text contains
 * @param entries       per lexicon, how many entries it has
 */
public record CaseCoverage(List<String> neverFired, List<String> noFiringCase, List<String> noSilentCase,
                           List<String> everyClaim, Map<String, List<String>> unusedEntries, Map<String, Integer> entries) {

    public static CaseCoverage of(RuleSet rules, CaseReport report) {
        List<String> neverFired = new ArrayList<>();
        List<String> noFiring = new ArrayList<>();
        List<String> noSilent = new ArrayList<>();
        List<String> everyClaim = new ArrayList<>();
        for (RuleInfo r : rules.rules()) {
            if (!report.fired().contains(r.name())) neverFired.add(r.name());
            if (!report.expectedToFire().contains(r.name())) noFiring.add(r.name());
            if (report.firedForEveryClaim().contains(r.name())) {
                everyClaim.add(r.name());
            } else if (!report.expectedSilent().contains(r.name())) {
                noSilent.add(r.name());
            }
        }
        String texts = " " + String.join(" \n ", report.texts().stream().map(RuleCaseRunner::normalise).toList()) + " ";
        Map<String, List<String>> unused = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Lexicon lexicon : rules.lexicons().all().values().stream().sorted(java.util.Comparator.comparing(Lexicon::name)).toList()) {
            List<String> missing = lexicon.words().stream().sorted()
                    .filter(w -> !Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])").matcher(texts).find())
                    .toList();
            unused.put(lexicon.name(), missing);
            sizes.put(lexicon.name(), lexicon.words().size());
        }
        return new CaseCoverage(neverFired, noFiring, noSilent, everyClaim, unused, sizes);
    }

    /** Every rule fires in some case, and has a case that expects it to fire and one that expects it not to. */
    public boolean rulesCovered() {
        return neverFired.isEmpty() && noFiringCase.isEmpty() && noSilentCase.isEmpty();
    }

    /** The coverage as the command line prints it; {@code allEntries} lists every unused lexicon entry. */
    public String render(boolean allEntries) {
        StringBuilder out = new StringBuilder("Coverage:\n");
        section(out, "rules that fired in no case", neverFired);
        section(out, "rules no case expects to fire", noFiringCase);
        section(out, "rules no case expects not to fire", noSilentCase);
        section(out, "rules that fired for every claim (no case can show them not firing)", everyClaim);
        out.append("  lexicon entries whose words appear in no case:\n");
        unusedEntries.forEach((name, missing) -> {
            List<String> shown = allEntries || missing.size() <= 8 ? missing : missing.subList(0, 8);
            out.append("    %-18s %3d of %3d%s%s%n".formatted(name, missing.size(), entries.get(name), shown.isEmpty() ? "" : ": ",
                    String.join(", ", shown) + (shown.size() < missing.size() ? ", …" : "")));
        });
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> rules) {
        out.append("  ").append(title).append(": ").append(rules.isEmpty() ? "none" : rules.size()).append('\n');
        rules.forEach(r -> out.append("    ").append(r).append('\n'));
    }
}
