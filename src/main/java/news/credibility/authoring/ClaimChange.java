package news.credibility.authoring;

import java.util.List;

import news.credibility.score.Band;

/**
 * A claim whose band or grade the candidate rules change, with both traces (one line a firing:
 * points, rule, reason).
 */
public record ClaimChange(String article, String claim, String text, int scoreBefore, int scoreAfter, Band bandBefore,
                          Band bandAfter, int gradeBefore, int gradeAfter, List<String> traceBefore, List<String> traceAfter) {

    public ClaimChange {
        traceBefore = List.copyOf(traceBefore);
        traceAfter = List.copyOf(traceAfter);
    }

    String render() {
        StringBuilder out = new StringBuilder("  %s %s \"%s\": %d %s grade %d -> %d %s grade %d%n".formatted(article, claim,
                text, scoreBefore, bandBefore, gradeBefore, scoreAfter, bandAfter, gradeAfter));
        out.append("    before:\n");
        traceBefore.forEach(t -> out.append("      ").append(t).append('\n'));
        out.append("    after:\n");
        traceAfter.forEach(t -> out.append("      ").append(t).append('\n'));
        return out.toString();
    }
}
