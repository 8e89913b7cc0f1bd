package news.credibility.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.extract.Claim;
import news.credibility.extract.CueTense;
import news.credibility.extract.NewsArticleReader;
import news.credibility.extract.SourceType;
import news.credibility.signal.SignalType;
import news.credibility.text.Article;

/** Checks once that the DRL reads record components (and nested ones) as the rules rely on. */
class FactModelTests {

    private static final String PROBE = """
            package news.credibility.rules;
            import news.credibility.score.*;
            import news.credibility.extract.SourceType;
            import news.credibility.signal.SignalType;

            rule "Probe reads record fields"
                @description("probe") @weight(7)
            when
                $c : ClaimFact( id == "c1", sourceType == SourceType.ANONYMOUS, source.text == "a source" )
                $s : SignalFact( claimId == $c.id, type == SignalType.HEDGED, evidence.text == "reportedly" )
            then
                Contributions.add(drools, $c, "read %s and %s".formatted($c.sourceName(), $s.evidence().text()), $s);
            end
            """;

    @TempDir
    Path dir;

    @Test
    void drlReadsRecordComponentsAndNestedComponents() throws IOException, RuleSetException {
        Rules.copyTo(dir);
        Files.writeString(dir.resolve("probe.drl"), PROBE);
        RuleSet rules = RuleSet.load(dir);
        ClaimFixture fixture = ClaimFixture.in("The minister reportedly resigned, a source said.")
                .source(SourceType.ANONYMOUS, "a source").cue("said")
                .signal(SignalType.HEDGED, "reportedly");

        ScoredClaim scored = rules.score(fixture.text(), List.of(fixture.build())).claims().get(0);

        RuleFiring probe = Rules.firing(scored, "Probe reads record fields");
        assertThat(probe.points()).isEqualTo(7);
        assertThat(probe.reason()).isEqualTo("read a source and reportedly");
        assertThat(probe.evidence()).extracting(Evidence::text).containsExactly("reportedly");
        assertThat(probe.matched()).anyMatch(m -> m.startsWith("claim c1")).anyMatch(m -> m.startsWith("HEDGED \"reportedly\""));
    }

    private static final String TENSE_PROBE = """
            package news.credibility.rules;
            import news.credibility.score.*;
            import news.credibility.extract.CueTense;

            rule "Probe reads the cue's tense"
                @description("probe") @weight(3)
            when
                $c : ClaimFact( cueTense == CueTense.FUTURE )
            then
                Contributions.add(drools, $c, "a promise, not a statement: " + $c.cue().text(), $c.cue());
            end
            """;

    @Test
    void rulesSeeTheCueTenseTheReadingFound() throws IOException, RuleSetException {
        Rules.copyTo(dir);
        Files.writeString(dir.resolve("tense.drl"), TENSE_PROBE);
        RuleSet rules = RuleSet.load(dir);
        String text = "Tax cuts.\n\nThe minister said on Monday that the tax would fall. The treasury will announce that the cuts are funded.\n";
        List<Claim> claims = new NewsArticleReader().read(new Article("t", text), rules.lexicons()).claims();

        assertThat(claims).extracting(c -> ClaimFact.of(c, text).cueTense()).contains(CueTense.PAST, CueTense.FUTURE);
        List<ScoredClaim> scored = rules.score(text, claims).claims();
        assertThat(scored).filteredOn(c -> c.trace().fired().stream().anyMatch(f -> f.rule().name().equals("Probe reads the cue's tense")))
                .singleElement().satisfies(c -> assertThat(c.claim().text()).contains("the cuts are funded"));
    }
}
