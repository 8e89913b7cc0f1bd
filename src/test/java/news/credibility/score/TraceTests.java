package news.credibility.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.credibility.extract.Attribution;
import news.credibility.extract.Claim;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.CueKind;
import news.credibility.extract.Source;
import news.credibility.extract.SourceType;
import news.credibility.signal.Signal;
import news.credibility.signal.SignalType;
import news.credibility.text.Span;

/**
 * The trace completeness invariant over many random claim and signal combinations: the points of
 * the fired rules add up to the score exactly, the score stays within 0..100, every firing has its
 * rule and a reason, every rule is either fired or not applied, and evidence is cut from the text.
 */
class TraceTests {

    private static final String TEXT = "Officials met Haftar in Cairo, a source familiar with the meeting reportedly told the paper. "
            + "Iran denies the allegations. The embassy did not respond. \"We support a political solution,\" Zarif stated. "
            + "According to Corriere della Sera, Putin allegedly backs Qaddafi, and a White House statement confirmed it.";

    @Test
    void pointsAddUpToTheScoreForRandomClaims() {
        RuleSet rules = Rules.project();
        Set<String> allRules = new HashSet<>(rules.rules().stream().map(RuleInfo::name).toList());
        Random random = new Random(20260421);
        int scored = 0;
        for (int batch = 0; batch < 300; batch++) {
            boolean withText = random.nextBoolean();
            List<Claim> claims = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                claims.add(randomClaim("c" + (i + 1), random));
            }
            ScoringResult result = rules.score(withText ? TEXT : null, claims);
            assertThat(result.ruleSetVersion()).isEqualTo(rules.version());
            assertThat(result.claims()).extracting(c -> c.claim().id()).containsExactlyElementsOf(claims.stream().map(Claim::id).toList());
            for (ScoredClaim claim : result.claims()) {
                assertComplete(claim, allRules, withText);
                scored++;
            }
        }
        assertThat(scored).isGreaterThan(600);
    }

    private static void assertComplete(ScoredClaim claim, Set<String> allRules, boolean withText) {
        Trace trace = claim.trace();
        assertThat(claim.score()).as("score of %s", claim.claim()).isBetween(0, 100).isEqualTo(trace.totalPoints());
        assertThat(claim.band()).isEqualTo(expectedBand(claim.score()));
        assertThat(claim.grade()).isBetween(1, 6);
        assertThat(claim.gradeLabel()).isEqualTo(Grades.label(claim.grade()));
        if (claim.claim().kind() == ClaimKind.OPINION) {
            assertThat(claim.grade()).isEqualTo(6);
        }
        Set<String> fired = new HashSet<>();
        for (int i = 0; i < trace.fired().size(); i++) {
            RuleFiring f = trace.fired().get(i);
            assertThat(f.order()).isEqualTo(i + 1);
            assertThat(f.rule()).isNotNull();
            assertThat(f.rule().name()).isNotBlank();
            assertThat(f.reason()).isNotBlank();
            assertThat(f.matched()).isNotEmpty().doesNotContain("null");
            assertThat(f.matched().get(0)).startsWith("claim " + claim.claim().id() + " (");
            if (f.rule().weight() != null) {
                assertThat(f.points()).as(f.rule().name()).isEqualTo(f.rule().weight());
            }
            for (Evidence e : f.evidence()) {
                if (e.span() != null && withText) {
                    assertThat(e.text()).isEqualTo(e.span().text(TEXT));
                }
            }
            fired.add(f.rule().name());
        }
        assertThat(trace.fired().get(0).rule().name()).isEqualTo("Every claim starts from the baseline");
        List<String> notApplied = trace.notApplied().stream().map(RuleInfo::name).toList();
        assertThat(notApplied).doesNotContainAnyElementsOf(fired);
        Set<String> union = new HashSet<>(fired);
        union.addAll(notApplied);
        assertThat(union).isEqualTo(allRules);
    }

    private static Band expectedBand(int score) {
        return score >= 70 ? Band.STRONG : score >= 50 ? Band.MODERATE : score >= 25 ? Band.WEAK : Band.UNSUPPORTED;
    }

    private static Claim randomClaim(String id, Random random) {
        ClaimKind kind = ClaimKind.values()[random.nextInt(ClaimKind.values().length)];
        SourceType type = kind == ClaimKind.REPORTED ? SourceType.values()[random.nextInt(SourceType.values().length - 1)] : SourceType.UNATTRIBUTED;
        Span content = randomSpan(random);
        Source source = null;
        Attribution attribution = null;
        if (kind == ClaimKind.REPORTED) {
            Span src = random.nextInt(5) == 0 ? null : randomSpan(random);
            source = new Source("s" + random.nextInt(3), type, "source " + id, src == null ? List.of() : List.of(src));
            attribution = new Attribution(randomSpan(random), src, content, "say", CueKind.VERB);
        }
        List<Signal> signals = new ArrayList<>();
        for (int s = 0, n = random.nextInt(7); s < n; s++) {
            SignalType signal = SignalType.values()[random.nextInt(SignalType.values().length)];
            Span evidence = random.nextInt(6) == 0 ? null : randomSpan(random);
            signals.add(new Signal(signal, evidence, random.nextBoolean() ? null : "detail " + s));
        }
        return new Claim(id, kind, content, content.text(TEXT), content, type, source, attribution, signals);
    }

    private static Span randomSpan(Random random) {
        int start = random.nextInt(TEXT.length() - 20);
        return Span.of(start, start + 1 + random.nextInt(19));
    }
}
