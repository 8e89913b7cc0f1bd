package news.credibility.cli;

import java.util.List;
import java.util.stream.Collectors;

import news.credibility.engine.Assessment;
import news.credibility.extract.Claim;
import news.credibility.score.ScoredClaim;
import news.credibility.signal.Signal;
import news.credibility.text.ArticleMetadata;

/**
 * The ranked claims of each article as a table for a terminal: rank, score, band, grade, source
 * type, the source as written, a gist of the claim (about 60 characters), and the signals.
 */
final class ClaimTable {

    static final int GIST = 60;
    private static final int SOURCE = 28;
    private static final String ROW = "%3s  %5s  %-11s  %5s  %-14s  %-" + SOURCE + "s  %-" + GIST + "s  %s%n";

    private ClaimTable() {
    }

    static String render(List<ScoredArticle> articles) {
        StringBuilder table = new StringBuilder();
        for (ScoredArticle article : articles) {
            Assessment assessment = article.assessment();
            table.append(header(assessment)).append('\n');
            table.append(ROW.formatted("#", "Score", "Band", "Grade", "Type", "Source", "Claim", "Signals"));
            int rank = 0;
            for (ScoredClaim scored : assessment.claims()) {
                Claim claim = scored.claim();
                table.append(ROW.formatted(++rank, scored.score(), scored.band(), scored.grade(), claim.sourceType(),
                        cut(sourceAsWritten(claim, assessment.article().text()), SOURCE), cut(claim.text(), GIST),
                        claim.signals().stream().map(Signal::type).map(Enum::name).distinct().collect(Collectors.joining(", "))));
            }
            if (assessment.claims().isEmpty()) {
                table.append("     (no claims found)\n");
            }
            table.append('\n');
        }
        return table.toString();
    }

    private static String header(Assessment assessment) {
        ArticleMetadata meta = assessment.article().metadata();
        String outlet = meta.outlet() == null ? "" : "  " + meta.outlet()
                + (meta.originalOutlet() == null ? "" : " (cross-post of " + meta.originalOutlet() + ")");
        return "== %s%s  %d claim%s  rules %s".formatted(assessment.article().id(), outlet, assessment.claims().size(),
                assessment.claims().size() == 1 ? "" : "s", shortVersion(assessment.ruleSetVersion()));
    }

    static String sourceAsWritten(Claim claim, String text) {
        if (claim.attribution() != null && claim.attribution().source() != null
                && claim.attribution().source().end() <= text.length()) {
            return claim.attribution().source().text(text);
        }
        if (claim.source() != null) {
            // the mention nearest before the claim, as the reader met it; else the canonical name
            int before = claim.content() == null ? Integer.MAX_VALUE : claim.content().start();
            var mention = claim.source().mentions().stream()
                    .filter(m -> m.end() <= text.length() && m.start() <= before).reduce((a, b) -> b);
            if (mention.isPresent()) {
                return mention.get().text(text);
            }
            if (claim.source().name() != null) {
                return claim.source().name();
            }
        }
        return "-";
    }

    /** {@code text} on one line, cut to {@code width} characters with an ellipsis. */
    static String cut(String text, int width) {
        // control characters (NUL, escapes) and byte-order marks would garble a terminal
        String line = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\x{FEFF}]", " ").strip().replaceAll("\\s+", " ");
        return line.length() <= width ? line : line.substring(0, width - 1).stripTrailing() + "…";
    }

    private static String shortVersion(String version) {
        return version == null ? "?" : version.length() > 12 ? version.substring(0, 12) : version;
    }
}
