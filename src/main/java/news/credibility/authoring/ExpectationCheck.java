package news.credibility.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import news.credibility.score.RuleFiring;
import news.credibility.score.RuleSet;
import news.credibility.score.ScoredClaim;

/** Checks one expectation of a case against the scored claims, and shows the trace against it. */
final class ExpectationCheck {

    private ExpectationCheck() {
    }

    /** The failure, or null when every part of the expectation holds. */
    static CaseFailure check(RuleSet rules, LocatedCase c, ClaimExpectation e, List<ScoredClaim> scored) {
        List<String> problems = new ArrayList<>();
        for (String rule : concat(e.fires(), e.doesNotFire())) {
            if (rules.rule(rule) == null) {
                problems.add("no rule is called \"%s\" in this rule set; check the name against the .drl files".formatted(rule));
            }
        }
        List<ScoredClaim> matches = find(e.claim(), scored);
        if (matches.size() != 1) {
            problems.add(matches.isEmpty()
                    ? "no claim has the id or the words '%s'; the claims are: %s".formatted(e.claim(), list(scored))
                    : "%d claims have the words '%s' (%s); give more words or the claim's id".formatted(matches.size(), e.claim(), list(matches)));
            return CaseFailure.of(c, "'" + e.claim() + "'", problems, List.of());
        }
        ScoredClaim claim = matches.get(0);
        Set<String> fired = new LinkedHashSet<>();
        claim.trace().fired().forEach(f -> fired.add(f.rule().name()));
        e.fires().stream().filter(r -> !fired.contains(r)).forEach(r -> problems.add("must fire, did not: \"" + r + "\""));
        e.doesNotFire().stream().filter(fired::contains).forEach(r -> problems.add("must not fire, did: \"" + r + "\""));
        if (e.band() != null && e.band() != claim.band()) {
            problems.add("band: expected %s, got %s (score %d)".formatted(e.band(), claim.band(), claim.score()));
        }
        if (e.grade() != null && e.grade() != claim.grade()) {
            problems.add("grade: expected %d, got %d (%s)".formatted(e.grade(), claim.grade(), claim.gradeLabel()));
        }
        if (e.score() != null && !e.score().contains(claim.score())) {
            problems.add("score: expected %s, got %d".formatted(e.score(), claim.score()));
        }
        if (problems.isEmpty()) {
            return null;
        }
        return CaseFailure.of(c, describe(claim), problems, trace(claim, e));
    }

    /** Each fired rule marked against the expectation, then the rules that must fire but did not. */
    static List<String> trace(ScoredClaim claim, ClaimExpectation e) {
        List<String> out = new ArrayList<>();
        Set<String> fired = new LinkedHashSet<>();
        for (RuleFiring f : claim.trace().fired()) {
            String name = f.rule().name();
            fired.add(name);
            char mark = e.doesNotFire().contains(name) ? '+' : e.fires().contains(name) ? '=' : '.';
            out.add("%c %+4d  %s: %s".formatted(mark, f.points(), name, f.reason()));
        }
        e.fires().stream().filter(r -> !fired.contains(r)).forEach(r -> out.add("-        " + r));
        out.add("  = %d, %s, grade %d".formatted(claim.score(), claim.band(), claim.grade()));
        return out;
    }

    private static List<ScoredClaim> find(String wanted, List<ScoredClaim> scored) {
        List<ScoredClaim> byId = scored.stream().filter(s -> s.claim().id().equals(wanted)).toList();
        if (!byId.isEmpty()) {
            return byId;
        }
        String words = RuleCaseRunner.normalise(wanted);
        return scored.stream().filter(s -> RuleCaseRunner.normalise(s.claim().text()).contains(words)).toList();
    }

    static String describe(ScoredClaim s) {
        String text = s.claim().text().strip().replaceAll("\\s+", " ");
        return "%s \"%s\"".formatted(s.claim().id(), text.length() > 70 ? text.substring(0, 69) + "…" : text);
    }

    private static String list(List<ScoredClaim> scored) {
        return scored.isEmpty() ? "(none)" : String.join("; ", scored.stream().map(ExpectationCheck::describe).toList());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
