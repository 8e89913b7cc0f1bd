package news.credibility.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.extract.SourceType;
import news.credibility.score.RuleProblem;
import news.credibility.score.RuleSet;

/** Reading case files: what parses, and every way a case file can be wrong, named by file and line. */
class RuleCasesTests {

    @TempDir
    Path dir;

    private RuleCases read(String fileName, String content) throws IOException {
        Files.createDirectories(dir.resolve("tests"));
        Files.writeString(dir.resolve("tests").resolve(fileName), content);
        return RuleCases.read(dir);
    }

    @Test
    void readsArticleAndFactCasesWithTheLineEachStartsOn() throws IOException {
        RuleCases cases = read("a.yaml", """
                # a comment
                - name: first
                  article: The mayor said the bridge reopened.
                  expect:
                    - {claim: the bridge, fires: [Named person on the record]}

                - name: second
                  claims:
                    - {id: c1, text: The bridge reopened., sourceType: INSTITUTION}
                  expect:
                    - claim: c1
                      band: STRONG
                      grade: 2
                      score: {min: 60}
                """);
        assertThat(cases.problems()).isEmpty();
        assertThat(cases.cases()).extracting(LocatedCase::file, LocatedCase::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tests/a.yaml", 2), org.assertj.core.groups.Tuple.tuple("tests/a.yaml", 7));
        RuleCase second = cases.cases().get(1).spec();
        assertThat(second.claims().get(0).sourceType()).isEqualTo(SourceType.INSTITUTION);
        assertThat(second.expect().get(0).score().contains(60)).isTrue();
        assertThat(second.expect().get(0).score().contains(59)).isFalse();
    }

    @Test
    void aCaseFileThatDoesNotParseIsNamedWithItsLineAndTheOtherFilesAreStillRead() throws IOException {
        Path tests = Files.createDirectories(dir.resolve("tests"));
        Files.copy(Workbench.FIXTURES.resolve("cases/does-not-parse.yaml"), tests.resolve("does-not-parse.yaml"));
        Files.writeString(tests.resolve("good.yaml"), "- {name: fine, article: The mayor said so., expect: [{claim: c1, band: WEAK}]}\n");

        RuleCases cases = RuleCases.read(dir);

        assertThat(cases.cases()).extracting(c -> c.spec().name()).containsExactly("fine");
        assertThat(cases.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("tests/does-not-parse.yaml");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("does not parse");
        });
    }

    @Test
    void aMisspeltKeyIsRefusedWithTheKeysAllowed() throws IOException {
        RuleCases cases = read("a.yaml", """
                - name: misspelt
                  article: The mayor said so.
                  expect:
                    - claim: c1
                      fire: [Named person on the record]
                """);
        assertThat(cases.problems()).singleElement().extracting(RuleProblem::line, RuleProblem::message)
                .containsExactly(5, "does not parse: unknown key 'fire'; allowed: claim, fires, doesNotFire, band, grade, score");
    }

    @Test
    void anUnknownBandOrSourceTypeListsTheValuesAllowed() throws IOException {
        RuleCases cases = read("a.yaml", """
                - name: wrong band
                  article: The mayor said so.
                  expect: [{claim: c1, band: GREAT}]
                """);
        assertThat(cases.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("'GREAT' is not one of [STRONG, MODERATE, WEAK, UNSUPPORTED]"));
    }

    @Test
    void aRuleNameWithAColonOutsideQuotesGetsAHint() throws IOException {
        RuleCases cases = read("a.yaml", """
                - name: colon
                  article: The mayor said so.
                  expect: [{claim: c1, fires: [Graded 2: probably true]}]
                """);
        assertThat(cases.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("in quotes"));
    }

    @Test
    void aCaseWithoutInputOrExpectationsSaysWhatIsMissing() throws IOException {
        RuleCases cases = read("a.yaml", """
                - name: no input
                  expect: [{claim: c1, band: WEAK}]
                - name: both inputs
                  article: The mayor said so.
                  claims: [{text: x}]
                  expect: [{claim: c1, band: WEAK}]
                - name: nothing expected
                  article: The mayor said so.
                - name: empty expectation
                  article: The mayor said so.
                  expect: [{claim: c1}]
                - name: grade out of range
                  article: The mayor said so.
                  expect: [{claim: c1, grade: 7}]
                - article: The mayor said so.
                  expect: [{claim: c1, band: WEAK}]
                """);
        assertThat(cases.cases()).isEmpty();
        assertThat(cases.problems()).extracting(RuleProblem::line).containsExactly(1, 3, 7, 9, 12, 15);
        assertThat(cases.problems()).extracting(RuleProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("exactly one input"),
                m -> assertThat(m).contains("exactly one input"),
                m -> assertThat(m).contains("'expect' is missing"),
                m -> assertThat(m).contains("expects nothing"),
                m -> assertThat(m).contains("grade 7 is not 1 to 6"),
                m -> assertThat(m).contains("give the case a 'name'"));
    }

    @Test
    void aFileThatIsNotAListAndAFileThatIsNotUtf8AreNamed() throws IOException {
        Path tests = Files.createDirectories(dir.resolve("tests"));
        Files.writeString(tests.resolve("map.yaml"), "name: not a list\n");
        Files.write(tests.resolve("latin1.yaml"), new byte[] {'-', ' ', 'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});

        RuleCases cases = RuleCases.read(dir);

        assertThat(cases.problems()).extracting(RuleProblem::file, RuleProblem::message).satisfiesExactlyInAnyOrder(
                t -> assertThat(t.toList()).containsExactly("tests/latin1.yaml", "not valid UTF-8: malformed byte sequence at byte offset 8; save the file as UTF-8"),
                t -> assertThat(t.toList().get(1).toString()).contains("a list of cases"));
    }

    @Test
    void noTestsFolderMeansNoCasesAndNoProblem() {
        RuleCases cases = RuleCases.read(dir);
        assertThat(cases.cases()).isEmpty();
        assertThat(cases.problems()).isEmpty();
    }

    @Test
    void theTestsFolderDoesNotChangeTheRuleSetVersion() throws Exception {
        Path copy = Workbench.copy(Workbench.RULES, dir.resolve("rules"));
        String version = RuleSet.load(copy).version();
        Files.writeString(copy.resolve("tests/extra.yaml"), "- {name: extra, article: The mayor said so., expect: [{claim: c1, band: WEAK}]}\n");
        assertThat(RuleSet.load(copy).version()).as("tests do not change scoring, so not the version").isEqualTo(version);
    }
}
