package news.credibility.score;

import static news.credibility.score.RuleEngineTests.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule set that compiles but cannot score fails at load, located, never at the first request. */
class RuleSetSelfCheckTests {

    @TempDir
    Path dir;

    @Test
    void aGapBetweenBandThresholdsIsAProblemOfTheBandRules() throws Exception {
        Rules.copyTo(dir);
        Path score = dir.resolve("score.drl");
        Files.writeString(score, Files.readString(score).replace("Number( intValue >= 70 ) from accumulate( Contribution( claimId == $c.id, points != 0",
                "Number( intValue >= 80 ) from accumulate( Contribution( claimId == $c.id, points != 0"));

        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("score.drl");
                    assertThat(p.line()).isEqualTo(lineOf(score, "rule \"Strong band\""));
                    assertThat(p.message()).contains("cannot score", "0 band rules fired");
                }));
    }

    @Test
    void aConsequenceThatThrowsIsAProblemOfItsRule() throws Exception {
        Rules.copyTo(dir);
        Path extra = dir.resolve("extra.drl");
        Files.writeString(extra, """
                package news.credibility.rules;
                import news.credibility.score.*;

                rule "Throws when it fires"
                    @description("a broken criterion") @weight(1)
                when
                    $c : ClaimFact()
                then
                    Contributions.add(drools, $c, "n=" + Integer.parseInt($c.id()));
                end
                """);

        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("extra.drl");
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.rule()).isEqualTo("Throws when it fires");
                    assertThat(p.message()).contains("NumberFormatException");
                }));
    }
}
