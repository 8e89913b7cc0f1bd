package news.credibility.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.eval.TextFolder;
import news.credibility.score.Band;
import news.credibility.score.RuleSet;
import news.credibility.text.Article;

/** The impact of a rule change on the seeds: changed claims with both traces, shifts, firings, rules started and stopped. */
class RulesDiffTests {

    static List<Article> seeds;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSeeds() throws IOException {
        seeds = TextFolder.read(Path.of("seeds"));
    }

    private DiffReport diffAgainstProject(Path candidate) throws Exception {
        return new RulesDiff(Workbench.reader()).diff(Workbench.project(), "baseline", RuleSet.load(candidate), "candidate", seeds);
    }

    @Test
    void theSameRulesChangeNothing() throws Exception {
        DiffReport report = diffAgainstProject(Workbench.RULES);

        assertThat(report.articles()).isEqualTo(2);
        assertThat(report.claims()).isGreaterThan(30);
        assertThat(report.readTwice()).isFalse();
        assertThat(report.unmatched()).isZero();
        assertThat(report.changed()).isEmpty();
        assertThat(report.shifts()).containsOnlyKeys(0).containsEntry(0, report.claims());
        assertThat(report.firings()).allSatisfy(f -> assertThat(f.after()).isEqualTo(f.before()));
        assertThat(report.stopped()).isEmpty();
        assertThat(report.started()).isEmpty();
    }

    @Test
    void aHeavierHedgeMovesHedgedClaimsAndShowsBothTraces() throws Exception {
        Path candidate = Workbench.copy(Workbench.RULES, dir.resolve("rules"));
        Path hedging = candidate.resolve("hedging.drl");
        Files.writeString(hedging, Files.readString(hedging).replaceFirst("@weight\\(-10\\)", "@weight(-20)"));

        DiffReport report = diffAgainstProject(candidate);

        int hedged = report.firings().stream().filter(f -> f.rule().equals("Hedged wording")).findFirst().orElseThrow().before();
        assertThat(hedged).isPositive();
        // each hedged claim loses 10, or less where the floor at 0 stops it
        assertThat(report.shifts().keySet()).allSatisfy(shift -> assertThat(shift).isBetween(-10, 0));
        assertThat(report.moved()).isEqualTo(hedged);
        assertThat(report.changed()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.scoreAfter()).isEqualTo(c.scoreBefore() - 10);
            assertThat(c.bandAfter() != c.bandBefore() || c.gradeAfter() != c.gradeBefore()).isTrue();
            assertThat(c.traceBefore()).anySatisfy(t -> assertThat(t).startsWith(" -10  Hedged wording"));
            assertThat(c.traceAfter()).anySatisfy(t -> assertThat(t).startsWith(" -20  Hedged wording"));
        });
        assertThat(report.changed()).anySatisfy(c -> assertThat(c.bandBefore()).isEqualTo(Band.MODERATE));
        assertThat(report.render()).contains("Claims whose band or grade changed: " + report.changed().size(), "before:", "after:",
                " -10 ", "Hedged wording");
    }

    @Test
    void aRemovedRuleStopsAndANewRuleStarts() throws Exception {
        Path candidate = Workbench.copy(Workbench.RULES, dir.resolve("rules"));
        Path attribution = candidate.resolve("attribution.drl");
        String text = Files.readString(attribution);
        int from = text.indexOf("rule \"Direct quotation\"");
        int to = text.indexOf("end\n", from) + 4;
        Files.writeString(attribution, text.substring(0, from) + text.substring(to));
        Files.writeString(candidate.resolve("extra.drl"), """
                package news.credibility.rules;
                import news.credibility.score.*;
                import news.credibility.signal.SignalType;

                rule "Quoted words, a new criterion"
                    @description("fixture") @weight(5)
                when
                    $c : ClaimFact()
                    exists SignalFact( claimId == $c.id, type == SignalType.DIRECT_QUOTE )
                then
                    Contributions.add(drools, $c, "quoted");
                end
                """);

        DiffReport report = diffAgainstProject(candidate);

        assertThat(report.stopped()).containsExactly("Direct quotation (removed)");
        assertThat(report.started()).containsExactly("Quoted words, a new criterion (new)");
        assertThat(report.changed()).as("the same points under another name").isEmpty();
        assertThat(report.shifts()).containsOnlyKeys(0);
    }

    @Test
    void differentLexiconsReadTheArticlesTwice() throws Exception {
        Path candidate = Workbench.copy(Workbench.RULES, dir.resolve("rules"));
        Files.writeString(candidate.resolve("lexicons/hedges.txt"), "reportedly\n");

        DiffReport report = diffAgainstProject(candidate);

        assertThat(report.readTwice()).isTrue();
        assertThat(report.firings()).filteredOn(f -> f.rule().equals("Hedged wording"))
                .singleElement().satisfies(f -> assertThat(f.after()).isLessThan(f.before()));
        assertThat(report.render()).contains("twice: the lexicons differ");
    }
}
