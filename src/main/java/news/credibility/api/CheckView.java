package news.credibility.api;

import java.util.List;

import news.credibility.authoring.CheckReport;
import news.credibility.authoring.Finding;

/**
 * What {@code GET /api/rules/check} answers: whether the rules folder on the server may go live,
 * and every finding with file, line and rule.
 */
public record CheckView(String ruleSetVersion, int rules, boolean passed, int errors, int warnings, List<Finding> findings) {

    static CheckView of(CheckReport report) {
        return new CheckView(report.version(), report.rules(), report.passed(), report.errors().size(), report.warnings().size(),
                report.findings());
    }
}
