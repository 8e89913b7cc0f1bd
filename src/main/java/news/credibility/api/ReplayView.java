package news.credibility.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A stored assessment scored again: whether the result is identical byte for byte, and for every
 * claim whose score, band, grade or fired rules differ, what changed, rule by rule.
 *
 * @param seq             the record replayed
 * @param recordedVersion the rule set version it was made with
 * @param replayVersion   the rule set version it was replayed with
 * @param rules           "recorded" (its own version) or "current" (the live rules)
 * @param identical       the replayed result is the stored one exactly (canonical JSON, byte for byte)
 * @param claimsCompared  how many claims the stored and replayed results hold together
 * @param differences     the claims that differ in score, band, grade or rules fired
 * @param replayed        the replayed result, whole
 */
public record ReplayView(long seq, String recordedVersion, String replayVersion, String rules, boolean identical,
                         int claimsCompared, List<ClaimDiff> differences, JsonNode replayed) {

    /** How one claim differs; a null "recorded" side means the claim is new, a null "replayed" side that it is gone. */
    public record ClaimDiff(String claimId, Integer scoreRecorded, Integer scoreReplayed, String bandRecorded, String bandReplayed,
                            Integer gradeRecorded, Integer gradeReplayed, List<RuleDiff> rules) {
    }

    /** A rule that fired on one side only, or with other points: its points on each side (null: did not fire). */
    public record RuleDiff(String rule, Integer pointsRecorded, Integer pointsReplayed) {
    }

    static ReplayView of(long seq, String recordedVersion, String rules, JsonNode recorded, JsonNode replayed, boolean identical) {
        Map<String, JsonNode> before = byId(recorded);
        Map<String, JsonNode> after = byId(replayed);
        Set<String> ids = new LinkedHashSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<ClaimDiff> differences = new ArrayList<>();
        for (String id : ids) {
            ClaimDiff diff = diff(id, before.get(id), after.get(id));
            if (diff != null) {
                differences.add(diff);
            }
        }
        return new ReplayView(seq, recordedVersion, replayed.path("ruleSetVersion").asString(), rules, identical, ids.size(),
                differences, replayed);
    }

    private static ClaimDiff diff(String id, JsonNode before, JsonNode after) {
        Map<String, Integer> rulesBefore = points(before);
        Map<String, Integer> rulesAfter = points(after);
        List<RuleDiff> rules = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(rulesBefore.keySet());
        names.addAll(rulesAfter.keySet());
        for (String name : names) {
            if (!Objects.equals(rulesBefore.get(name), rulesAfter.get(name))) {
                rules.add(new RuleDiff(name, rulesBefore.get(name), rulesAfter.get(name)));
            }
        }
        ClaimDiff diff = new ClaimDiff(id, integer(before, "score"), integer(after, "score"), text(before, "band"),
                text(after, "band"), integer(before, "grade"), integer(after, "grade"), rules);
        boolean same = before != null && after != null && rules.isEmpty() && Objects.equals(diff.scoreRecorded(), diff.scoreReplayed())
                && Objects.equals(diff.bandRecorded(), diff.bandReplayed()) && Objects.equals(diff.gradeRecorded(), diff.gradeReplayed());
        return same ? null : diff;
    }

    private static Map<String, JsonNode> byId(JsonNode result) {
        Map<String, JsonNode> claims = new LinkedHashMap<>();
        for (JsonNode claim : result.path("claims")) {
            claims.put(claim.path("id").asString(), claim);
        }
        return claims;
    }

    /** Rule name to points summed (a rule may fire more than once for a claim). */
    private static Map<String, Integer> points(JsonNode claim) {
        Map<String, Integer> points = new LinkedHashMap<>();
        if (claim != null) {
            for (JsonNode firing : claim.path("trace").path("fired")) {
                points.merge(firing.path("rule").asString(), firing.path("points").asInt(), Integer::sum);
            }
        }
        return points;
    }

    private static Integer integer(JsonNode claim, String field) {
        return claim == null ? null : claim.path(field).asInt();
    }

    private static String text(JsonNode claim, String field) {
        return claim == null ? null : claim.path(field).asString();
    }
}
