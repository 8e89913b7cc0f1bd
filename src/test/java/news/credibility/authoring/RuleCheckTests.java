package news.credibility.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import news.credibility.authoring.Finding.Severity;

/**
 * {@code rules check}: one broken fixture per check (src/test/resources/authoring/check/NAME, laid
 * over a copy of the project's rules), each found with its severity, file, line and rule.
 */
class RuleCheckTests {

    @TempDir
    Path dir;

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("syntax-error", Severity.ERROR, "broken.drl", 16, "Broken syntax", "mismatched input 'then'"),
                Arguments.of("unknown-field", Severity.ERROR, "broken.drl", 15, "Unknown field", "ClaimFact has no field 'sourceKind'"),
                Arguments.of("action-type-error", Severity.ERROR, "broken.drl", 17, "Type error in the action", "is not applicable for the arguments"),
                Arguments.of("missing-description", Severity.ERROR, "broken.drl", 12, "Missing description", "missing @description"),
                Arguments.of("malformed-weight", Severity.ERROR, "broken.drl", 12, "Malformed weight", "must be a whole number"),
                Arguments.of("weight-out-of-range", Severity.ERROR, "broken.drl", 12, "Weight out of range", "@weight(150) is outside -100..100"),
                Arguments.of("duplicate-rule-name", Severity.ERROR, "hedging.drl", 12, "Hedged wording", "duplicate rule name, first defined at broken.drl:12"),
                Arguments.of("broken-encoding", Severity.ERROR, "broken.drl", 0, null, "not UTF-8 text"),
                Arguments.of("lexicon-broken-encoding", Severity.ERROR, "lexicons/broken.txt", 0, null, "not UTF-8 text"),
                Arguments.of("lexicon-does-not-parse", Severity.ERROR, "lexicons/broken.txt", 3, null, "attribute 'not-an-attribute' is not key=value"),
                Arguments.of("lexicon-duplicate-entry", Severity.ERROR, "lexicons/duplicate.txt", 3, null, "duplicate entry 'familiar with'"),
                Arguments.of("lexicon-conflict", Severity.ERROR, "lexicons/confirmation.txt", 14, null, "'denied' is also in denial-verbs.txt (line 5): a word cannot both confirm and deny"),
                Arguments.of("lexicon-hedge-and-cue", Severity.WARNING, "lexicons/hedges.txt", 43, null, "'said' is also in cue-verbs.txt"),
                Arguments.of("never-fires-fact-type", Severity.ERROR, "broken.drl", 13, "Matches a fact never inserted", "can never fire: it matches Claim facts"),
                Arguments.of("never-fires-enum", Severity.ERROR, "broken.drl", 12, "Reported without a source", "can never fire: it fired for none of"),
                Arguments.of("tests-words-only", Severity.WARNING, "broken.drl", 12, "Hedged by the word reportedly", "but it tests words of the text"),
                Arguments.of("shadowed-grade", Severity.ERROR, "broken.drl", 12, "Graded 4: doubtful, too late", "(shadowing)"),
                Arguments.of("shadowed-same-conditions", Severity.WARNING, "broken.drl", 12, "Anonymous again", "has the same conditions as \"Unnamed source\" (attribution.drl:55)"),
                Arguments.of("case-does-not-parse", Severity.ERROR, "tests/broken.yaml", 4, null, "expected a list ('- ...' lines or [a, b]) here, found a mapping"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachBrokenFixtureIsFoundWithFileLineAndRule(String fixture, Severity severity, String file, int line, String rule, String message) {
        Path rules = Workbench.copy(Workbench.RULES, dir.resolve("rules"), Workbench.FIXTURES.resolve("check").resolve(fixture));

        CheckReport report = RuleCheck.run(rules);

        assertThat(report.passed()).isEqualTo(severity == Severity.WARNING);
        assertThat(report.findings()).as(report.render())
                .filteredOn(f -> f.severity() == severity && f.file().equals(file) && f.message().contains(message))
                .singleElement().satisfies(f -> {
                    assertThat(f.line()).isEqualTo(line);
                    assertThat(f.rule()).isEqualTo(rule);
                    assertThat(f.message()).doesNotContain(".java", "Rule_", "news.credibility.authoring");
                });
        assertThat(report.errors()).as("nothing else is an error").hasSize(severity == Severity.ERROR ? 1 : 0);
    }

    @Test
    void theProjectRulesPassWithTheWarningsTheyDeserve() {
        CheckReport report = RuleCheck.run(Workbench.RULES);

        assertThat(report.errors()).as(report.render()).isEmpty();
        assertThat(report.rules()).isEqualTo(Workbench.project().rules().size());
        assertThat(report.version()).isEqualTo(Workbench.project().version());
        assertThat(report.warnings()).extracting(Finding::file).containsOnly("lexicons/anonymity.txt", "lexicons/hedges.txt");
        assertThat(report.render()).endsWith("0 errors, %d warnings%n".formatted(report.warnings().size()));
    }

    @Test
    void aMissingOrEmptyFolderIsAnErrorNamingIt() throws IOException {
        CheckReport missing = RuleCheck.run(dir.resolve("nowhere"));
        assertThat(missing.errors()).singleElement().satisfies(f -> assertThat(f.message()).contains("does not exist or is not a folder"));

        Files.createDirectories(dir.resolve("empty"));
        CheckReport empty = RuleCheck.run(dir.resolve("empty"));
        assertThat(empty.errors()).singleElement().satisfies(f -> assertThat(f.message()).contains("holds no .drl files"));
    }

    @Test
    void everyLexiconThatDoesNotParseIsNamedOnce() throws IOException {
        Path rules = Workbench.copy(Workbench.RULES, dir.resolve("rules"), Workbench.FIXTURES.resolve("check/lexicon-does-not-parse"),
                Workbench.FIXTURES.resolve("check/lexicon-duplicate-entry"));

        CheckReport report = RuleCheck.run(rules);

        assertThat(report.errors()).extracting(Finding::file).containsExactly("lexicons/broken.txt", "lexicons/duplicate.txt");
    }
}
