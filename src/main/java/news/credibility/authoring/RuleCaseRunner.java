package news.credibility.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import news.credibility.api.ClaimFactsMapper;
import news.credibility.api.ClaimScoringRequest;
import news.credibility.api.ClaimScoringRequest.ClaimFacts;
import news.credibility.api.InvalidInputException;
import news.credibility.extract.ArticleReader;
import news.credibility.extract.Claim;
import news.credibility.score.RuleSet;
import news.credibility.score.ScoredClaim;
import news.credibility.text.Article;

/**
 * Runs the rule authors' cases against one rule set: an article case is read with the rule set's
 * own lexicons (as the service would read it), a facts case is scored as {@code POST
 * /api/claims/score} would score it; then every expectation is checked against the claim's trace.
 */
public final class RuleCaseRunner {

    private final ArticleReader reader;

    public RuleCaseRunner(ArticleReader reader) {
        this.reader = reader;
    }

    public CaseReport run(RuleSet rules, List<LocatedCase> cases) {
        List<CaseFailure> failures = new ArrayList<>();
        Set<String> fired = new HashSet<>();
        Set<String> everyClaim = null;
        Set<String> toFire = new HashSet<>();
        Set<String> silent = new HashSet<>();
        List<String> texts = new ArrayList<>();
        int expectations = 0;
        for (LocatedCase c : cases) {
            List<ScoredClaim> scored;
            try {
                scored = score(rules, c.spec(), texts);
            } catch (InvalidInputException e) {
                failures.add(CaseFailure.of(c, e.field(), List.of("the claims cannot be scored: " + e.getMessage()), List.of()));
                continue;
            } catch (RuntimeException e) {
                failures.add(CaseFailure.of(c, "-", List.of("scoring failed: " + e.getMessage()), List.of()));
                continue;
            }
            for (ScoredClaim s : scored) {
                Set<String> names = new HashSet<>();
                s.trace().fired().forEach(f -> names.add(f.rule().name()));
                fired.addAll(names);
                if (everyClaim == null) {
                    everyClaim = names;
                } else {
                    everyClaim.retainAll(names);
                }
            }
            for (ClaimExpectation e : c.spec().expect()) {
                expectations++;
                toFire.addAll(e.fires());
                silent.addAll(e.doesNotFire());
                CaseFailure failure = ExpectationCheck.check(rules, c, e, scored);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        return new CaseReport(rules.version(), cases.size(), expectations, failures, fired,
                everyClaim == null ? Set.of() : everyClaim, toFire, silent, texts);
    }

    private List<ScoredClaim> score(RuleSet rules, RuleCase spec, List<String> texts) {
        if (spec.article() != null) {
            texts.add(spec.article());
            List<Claim> claims = reader.read(new Article("case", spec.article()), rules.lexicons()).claims();
            return rules.score(spec.article(), claims).claims();
        }
        for (ClaimFacts f : spec.claims()) {
            texts.add(String.join(" ", f.text() == null ? "" : f.text(), f.sourceName() == null ? "" : f.sourceName()));
        }
        List<Claim> claims = ClaimFactsMapper.claims(new ClaimScoringRequest(null, spec.claims()));
        return rules.score(null, claims).claims();
    }

    /** Words compared without case or spacing differences. */
    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
