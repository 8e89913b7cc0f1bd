package news.credibility.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test per rule, named after it: each DRL file's rules and its test class's display names agree. */
class RuleTestCoverageTests {

    private static final Map<String, Class<?>> TESTS = Map.of(
            "attribution.drl", AttributionRulesTests.class,
            "hedging.drl", HedgingRulesTests.class,
            "responses.drl", ResponsesRulesTests.class,
            "corroboration.drl", CorroborationRulesTests.class,
            "score.drl", ScoreRulesTests.class);

    @Test
    void everyRuleHasATestNamedAfterIt() {
        RuleSet rules = Rules.project();
        assertThat(rules.rules()).extracting(RuleInfo::file).containsOnly(TESTS.keySet().toArray(String[]::new));
        TESTS.forEach((file, tests) -> {
            var testNames = Arrays.stream(tests.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Test.class) && m.isAnnotationPresent(DisplayName.class))
                    .map(m -> m.getAnnotation(DisplayName.class).value())
                    .toList();
            var ruleNames = rules.rules().stream().filter(r -> r.file().equals(file)).map(RuleInfo::name).toList();
            assertThat(testNames).as(tests.getSimpleName()).containsExactlyInAnyOrderElementsOf(ruleNames);
        });
    }
}
