package news.credibility.authoring;

import java.util.List;

/**
 * What {@code rules check} found in a rules folder.
 *
 * @param folder   the folder checked
 * @param version  the rule set version when it compiled, else null
 * @param rules    how many rules compiled
 * @param findings errors first, then warnings, each in file and line order
 */
public record CheckReport(String folder, String version, int rules, List<Finding> findings) {

    public CheckReport {
        findings = findings.stream().sorted(java.util.Comparator.comparing(Finding::severity)
                .thenComparing(Finding::file).thenComparingInt(Finding::line)).toList();
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
    }

    public boolean passed() {
        return errors().isEmpty();
    }

    /** The report as the command line prints it: one finding a line, then a summary. */
    public String render() {
        StringBuilder out = new StringBuilder();
        findings.forEach(f -> out.append(f.render()).append('\n'));
        out.append("rules check %s%s: %d rules, %d error%s, %d warning%s%n".formatted(folder,
                version == null ? "" : " (version " + version + ")", rules, errors().size(), errors().size() == 1 ? "" : "s",
                warnings().size(), warnings().size() == 1 ? "" : "s"));
        return out.toString();
    }
}
