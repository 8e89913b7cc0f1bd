package news.credibility.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.extract.SourceType;

/** Loading, versioning and reloading the rules folder. */
class RuleEngineTests {

    private static final String EXTRA = """
            package news.credibility.rules;
            import news.credibility.score.*;

            rule "Extra criterion for the reload test"
                @description("fires for every claim") @weight(0)
            when
                $c : ClaimFact()
            then
                Contributions.add(drools, $c, "extra");
            end
            """;

    @TempDir
    Path dir;

    @Test
    void listsEveryRuleWithItsMetadataInFileThenDefinitionOrder() throws RuleSetException {
        RuleSet rules = RuleSet.load(Rules.FOLDER);
        List<String> files = rules.rules().stream().map(RuleInfo::file).distinct().toList();
        assertThat(files).containsExactly("attribution.drl", "corroboration.drl", "hedging.drl", "responses.drl", "score.drl");
        assertThat(rules.rules().get(0).name()).isEqualTo("Named official on the record");
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.description()).isNotBlank());
        assertThat(rules.rules()).filteredOn(r -> r.file().equals("score.drl")).extracting(RuleInfo::name)
                .startsWith("Every claim starts from the baseline", "Score capped at 100", "Score floored at 0", "Strong band");
        assertThat(rules.rule("Unnamed source").weight()).isNegative();
        assertThat(rules.rule("Strong band").weight()).isNull();
    }

    @Test
    void versionIsAHashOfRuleAndLexiconFilesAndTheSameForTheSameFiles() throws Exception {
        Rules.copyTo(dir);
        String version = RuleSet.load(dir).version();
        assertThat(version).matches("[0-9a-f]{12}").isEqualTo(RuleSet.load(Rules.FOLDER).version());
        assertThat(Rules.project().score("x", List.of()).ruleSetVersion()).isEqualTo(version);

        Files.createDirectories(dir.resolve("lexicons"));
        Files.writeString(dir.resolve("lexicons/hedges-test.txt"), "reportedly\n");
        String withLexicon = RuleSet.load(dir).version();
        assertThat(withLexicon).isNotEqualTo(version);
        assertThat(RuleSet.load(dir).lexicons().get("hedges-test").contains("reportedly")).isTrue();

        Files.writeString(dir.resolve("lexicons/hedges-test.txt"), "allegedly\n");
        assertThat(RuleSet.load(dir).version()).isNotEqualTo(withLexicon);
    }

    @Test
    void reloadSwapsToTheNewRulesAndANewVersion() throws Exception {
        Rules.copyTo(dir);
        RuleEngine engine = RuleEngine.load(dir);
        RuleSet before = engine.current();
        Files.writeString(dir.resolve("extra.drl"), EXTRA);

        ReloadResult result = engine.reload();

        assertThat(result.success()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.previousVersion()).isEqualTo(before.version());
        assertThat(result.liveVersion()).isNotEqualTo(before.version()).isEqualTo(engine.current().version());
        ScoredClaim claim = engine.current().score(null, List.of(anonymous())).claims().get(0);
        assertThat(Rules.fired(claim)).contains("Extra criterion for the reload test");
        assertThat(Rules.fired(before.score(null, List.of(anonymous())).claims().get(0)))
                .as("the old rule set object is untouched").doesNotContain("Extra criterion for the reload test");
    }

    @Test
    void reloadOfABrokenRuleKeepsTheOldRulesLiveAndNamesFileLineAndRule() throws Exception {
        Rules.copyTo(dir);
        RuleEngine engine = RuleEngine.load(dir);
        String live = engine.current().version();
        Path hedging = dir.resolve("hedging.drl");
        Files.writeString(hedging, Files.readString(hedging).replace("type == SignalType.HEDGED ) )\nthen\n    Contributions.add(drools, $c, \"hedged by",
                "type == SignalType.HEDGED, nosuchfield == 3 ) )\nthen\n    Contributions.add(drools, $c, \"hedged by"));

        ReloadResult result = engine.reload();

        assertThat(result.success()).isFalse();
        assertThat(result.liveVersion()).isEqualTo(live).isEqualTo(result.previousVersion());
        assertThat(engine.current().version()).isEqualTo(live);
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("hedging.drl");
            assertThat(p.line()).isEqualTo(lineOf(hedging, "nosuchfield"));
            assertThat(p.rule()).isEqualTo("Hedged wording");
            assertThat(p.message()).contains("nosuchfield").doesNotContain(".java");
        });
        assertThat(Rules.fired(engine.current().score(null, List.of(anonymous())).claims().get(0))).contains("Unnamed source");
    }

    @Test
    void aBrokenConsequenceNamesTheDrlLineNotGeneratedCode() throws Exception {
        Rules.copyTo(dir);
        Path responses = dir.resolve("responses.drl");
        Files.writeString(responses, Files.readString(responses).replace("\"denied: %s\".formatted(", "\"denied: %s\".formated("));

        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e -> {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo("responses.drl");
                assertThat(p.rule()).isEqualTo("Denied by a party");
                assertThat(p.line()).isEqualTo(lineOf(responses, "formated"));
                assertThat(p.message()).contains("formated").doesNotContain("Rule_", ".java");
            });
        });
    }

    @Test
    void aSyntaxErrorAtLoadThrowsNamingFileAndLine() throws Exception {
        Rules.copyTo(dir);
        Path attribution = dir.resolve("attribution.drl");
        Files.writeString(attribution, Files.readString(attribution).replace("$c : ClaimFact( sourceType == SourceType.NAMED_PERSON )",
                "$c : ClaimFact( sourceType == SourceType.NAMED_PERSON"));

        assertThatThrownBy(() -> RuleEngine.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e -> {
            assertThat(e.problems()).isNotEmpty();
            RuleProblem first = e.problems().get(0);
            assertThat(first.file()).isEqualTo("attribution.drl");
            assertThat(first.line()).isBetween(lineOf(attribution, "SourceType.NAMED_PERSON"), lineOf(attribution, "SourceType.NAMED_PERSON") + 3);
            assertThat(e.getMessage()).contains("attribution.drl:" + first.line());
        });
    }

    @Test
    void missingMetadataIsAProblemWithFileLineAndRule() throws Exception {
        Rules.copyTo(dir);
        Path hedging = dir.resolve("hedging.drl");
        Files.writeString(hedging, Files.readString(hedging).replace("    @weight(-5)\n", ""));

        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("hedging.drl");
                    assertThat(p.line()).isEqualTo(lineOf(hedging, "rule \"Hedged more than once\""));
                    assertThat(p.rule()).isEqualTo("Hedged more than once");
                    assertThat(p.message()).contains("@weight");
                }));
    }

    @Test
    void aDuplicateRuleNameIsAProblem() throws Exception {
        Rules.copyTo(dir);
        Files.writeString(dir.resolve("extra.drl"), EXTRA.replace("Extra criterion for the reload test", "Hedged wording"));

        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("hedging.drl");
                    assertThat(p.rule()).isEqualTo("Hedged wording");
                    assertThat(p.message()).contains("duplicate rule name", "extra.drl:4");
                }));
    }

    @Test
    void aLexiconThatDoesNotParseIsAProblemWithFileAndLine() throws Exception {
        Rules.copyTo(dir);
        Files.createDirectories(dir.resolve("lexicons"));
        Files.writeString(dir.resolve("lexicons/zz-broken-test.txt"), "# hedges\nreportedly\nallegedly\tstrength\n");

        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("lexicons/zz-broken-test.txt");
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("key=value").doesNotContain(dir.toString());
                }));
    }

    @Test
    void aMissingOrEmptyRulesFolderIsAProblem() throws Exception {
        assertThatThrownBy(() -> RuleEngine.load(dir.resolve("nowhere"))).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("does not exist")));
        assertThatThrownBy(() -> RuleEngine.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no .drl files")));
    }

    @Test
    void aDrlFileThatIsNotUtf8IsAProblem() throws Exception {
        Rules.copyTo(dir);
        Files.write(dir.resolve("latin1.drl"), new byte[] {'/', '/', ' ', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("latin1.drl");
                    assertThat(p.message()).contains("UTF-8");
                }));
    }

    private static news.credibility.extract.Claim anonymous() {
        return ClaimFixture.in("Officials met in Cairo, a source said.").source(SourceType.ANONYMOUS, "a source").cue("said").build();
    }

    static int lineOf(Path file, String words) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(words)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(words + " not in " + file);
    }
}
