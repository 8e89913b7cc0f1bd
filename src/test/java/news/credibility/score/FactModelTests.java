package news.credibility.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.extract.SourceType;
import news.credibility.signal.SignalType;

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
}
