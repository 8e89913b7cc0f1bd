package news.credibility.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code rules test} on the command line: outputs and exit codes. */
class RulesCommandTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    int run(String... args) {
        return new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                folder -> {
                    throw new AssertionError("the rules commands build their own rule sets");
                }, reading -> "").run(args);
    }

    String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    static Path copyRules(Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return target;
    }

    @Test
    void theProjectCasesPassWithExitZeroAndPrintTheCoverage() {
        int code = run("rules", "test");
        assertThat(code).as(err()).isZero();
        assertThat(out()).containsPattern("rules rules \\(version [0-9a-f]{12}\\): \\d+ cases, \\d+ expectations, 0 failed")
                .contains("Coverage:", "rules that fired in no case: none", "lexicon entries whose words appear in no case:");
    }

    @Test
    void aFailingCaseIsPrintedWithCaseClaimAndTraceAndExitsOne() throws IOException {
        Path rules = copyRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("tests/failing.yaml"), """
                - name: an official is not an unnamed source
                  article: The finance minister, Maria Lopez, said on Tuesday that the budget would be balanced by 2027.
                  expect:
                    - claim: the budget
                      fires: [Unnamed source]
                """);
        int code = run("rules", "test", "--rules", rules.toString());
        assertThat(code).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(out()).contains("FAIL tests/failing.yaml:1 \"an official is not an unnamed source\", claim c1 \"that the budget would be balanced by 2027\"",
                "must fire, did not: \"Unnamed source\"", "-        Unnamed source", ".  +20  Named official on the record", ", 1 failed");
    }

    @Test
    void jsonOutputCarriesFailuresAndCoverage() throws IOException {
        int code = run("rules", "test", "--json");
        assertThat(code).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out());
        assertThat(json.get("ruleSetVersion").asString()).matches("[0-9a-f]{12}");
        assertThat(json.get("failures").size()).isZero();
        assertThat(json.get("coverage").get("neverFired").size()).isZero();
        assertThat(json.get("coverage").get("unusedEntries").has("hedges")).isTrue();
    }

    @Test
    void aCaseFileThatDoesNotParseIsNamedAndExitsOne() throws IOException {
        Path rules = copyRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("tests/broken.yaml"), "- name: [unclosed\n");
        assertThat(run("rules", "test", "--rules", rules.toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains("error: tests/broken.yaml:");
    }

    @Test
    void aRulesFolderWithoutCasesOrMissingIsAnInputProblem() throws IOException {
        Path rules = copyRules(dir.resolve("rules"));
        try (Stream<Path> tests = Files.list(rules.resolve("tests"))) {
            for (Path t : tests.toList()) {
                Files.delete(t);
            }
        }
        assertThat(run("rules", "test", "--rules", rules.toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains("holds no test cases");
        assertThat(run("rules", "test", "--rules", dir.resolve("nowhere").toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains("does not exist or is not a folder");
    }

    @Test
    void mistakesOnTheCommandLineExitTwo() {
        assertThat(run("rules")).isEqualTo(Cli.USAGE);
        assertThat(run("rules", "tset")).isEqualTo(Cli.USAGE);
        assertThat(run("rules", "test", "--baseline", "HEAD")).isEqualTo(Cli.USAGE);
        assertThat(run("rules", "diff")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown rules subcommand 'tset'", "rules diff needs --baseline");
    }

    @Test
    void checkPassesTheProjectRulesAndExitsOneOnAnError() throws IOException {
        assertThat(run("rules", "check")).as(out()).isZero();
        assertThat(out()).containsPattern("rules check rules \\(version [0-9a-f]{12}\\): \\d+ rules, 0 errors, \\d+ warnings");

        Path rules = copyRules(dir.resolve("rules"));
        Files.copy(Path.of("src/test/resources/authoring/check/weight-out-of-range/broken.drl"), rules.resolve("broken.drl"));
        stdout.reset();
        assertThat(run("rules", "check", "--rules", rules.toString(), "--json")).isEqualTo(Cli.INPUT_PROBLEM);
        JsonNode json = JsonMapper.builder().build().readTree(out());
        assertThat(json.get("findings").get(0).get("severity").asString()).isEqualTo("ERROR");
        assertThat(json.get("findings").get(0).get("file").asString()).isEqualTo("broken.drl");
        assertThat(json.get("findings").get(0).get("line").asInt()).isEqualTo(12);
    }

    @Test
    void diffAgainstABaselineFolderReportsTheImpactOnTheSeeds() throws IOException {
        Path candidate = copyRules(dir.resolve("rules"));
        Path hedging = candidate.resolve("hedging.drl");
        Files.writeString(hedging, Files.readString(hedging).replaceFirst("@weight\\(-10\\)", "@weight(-20)"));

        int code = run("rules", "diff", "--baseline", "rules", "--rules", candidate.toString());

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("rules diff: baseline ", "2 articles, ", "Claims whose band or grade changed: ", "before:", "after:",
                "Score shift (candidate - baseline): ", "Firings per rule", "Rules that stopped firing: none");
        assertThat(out()).containsPattern(" -10 +\\d+ claims");
    }

    @Test
    void diffWithABaselineThatIsNeitherFolderNorRevisionExitsOne() throws IOException {
        Path candidate = copyRules(dir.resolve("rules"));
        assertThat(run("rules", "diff", "--baseline", "no-such-thing", "--rules", candidate.toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains("error: --baseline: ", "is not in a git repository");
        stderr.reset();
        assertThat(run("rules", "diff", "--baseline", "rules", "--corpus", dir.resolve("none").toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains("error: corpus ", "no such folder");
    }
}
