package news.credibility.score;

import java.util.List;

/**
 * The outcome of a reload: on failure the previous rule set stays live and {@code problems} say why.
 */
public record ReloadResult(boolean success, String previousVersion, String liveVersion, List<RuleProblem> problems) {

    public ReloadResult {
        problems = List.copyOf(problems);
    }
}
