package news.credibility.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import news.credibility.engine.Assessment;
import news.credibility.engine.CredibilityEngine;
import news.credibility.extract.Claim;
import news.credibility.extract.Reading;
import news.credibility.score.Band;
import news.credibility.score.ScoredClaim;
import news.credibility.score.ScoringResult;
import news.credibility.score.Trace;
import news.credibility.text.AnalyzedText;
import news.credibility.text.Article;

/**
 * Light fuzzing of the JSON requests: valid bodies of both scoring endpoints mutated at random
 * (characters dropped, doubled or swapped in, values of the wrong type, unknown fields, escapes of
 * lone surrogates, deep nesting, huge numbers, spans out of range) never make the service answer
 * 500, and every 4xx answer is a problem+json naming its status and a detail. The engine is mocked
 * (it answers whatever it is given), so only request parsing and checking are under test. Seeded,
 * so a failure is reproducible; the failing body is in the message. The analyst is signed in
 * directly rather than by HTTP Basic (whose password hashing would cost 0.1 s a request).
 */
@WebMvcTest({AssessmentController.class, ClaimScoringController.class})
@Import(WebSlice.class)
class RequestFuzzTests {

    private static final int TRIES_PER_ENDPOINT = 300;

    private static final List<String> ASSESSMENTS = List.of(
            "{\"text\": \"Officials said the talks failed.\", \"id\": \"a-1\", \"metadata\": {\"outlet\": \"Daily Planet\", \"originalOutlet\": \"Globe\", \"author\": \"X\", \"date\": \"2026-11-21\", \"url\": \"https://x.example/a\", \"title\": \"Talks\"}}",
            "{\"text\": \"“We will win,” she said. 😀\"}",
            "{\"text\": \"\\u0000 \\u202E said \\ud83d\\ude00\", \"id\": \"\"}");

    private static final List<String> CLAIMS = List.of(
            "{\"claims\": [{\"id\": \"x1\", \"text\": \"The talks failed\", \"kind\": \"REPORTED\", \"sourceType\": \"ANONYMOUS\", \"sourceName\": \"officials\", \"signals\": [{\"type\": \"HEDGED\", \"detail\": \"reportedly\"}]}, {\"text\": \"The bridge opened\"}]}",
            "{\"text\": \"Officials said the talks failed.\", \"claims\": [{\"text\": \"the talks failed\", \"sourceType\": \"ANONYMOUS\", \"content\": {\"start\": 15, \"end\": 31}, \"signals\": [{\"type\": \"ANONYMOUS_SOURCE\", \"evidence\": {\"start\": 0, \"end\": 9}}]}]}");

    /** What a mutation may drop in: JSON punctuation, wrong-typed values, odd strings and numbers. */
    private static final List<String> PIECES = List.of("{", "}", "[", "]", ":", ",", "\"", "\\", "null", "true", "-1",
            "1e400", "99999999999999999999", "0.5", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"\\x\"", "[]", "{}",
            "\"colour\": 1,", "\"start\": -5", "\"end\": 2147483647", "{\"start\": 9, \"end\": 2}", "\"REPORTED\"", "\"report\"",
            "[[[[[[[[[[[[[[[[[[[[[[[[", "\"text\": null,", "\"claims\": {},", "\"signals\": [null],", "\"content\": \"x\",",
            "/*", "'", "NaN", "Infinity", "\uFEFF", "\u2028", "😀", "\t\n", "\"metadata\": [],", "\"id\": 7,");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CredibilityEngine engine;

    @BeforeEach
    void engineAnswersWhateverItIsGiven() {
        when(engine.assess(any())).thenAnswer(call -> {
            Article article = call.getArgument(0, Article.class);
            return new Assessment(article, Fixtures.VERSION,
                    new Reading(new AnalyzedText(article, List.of(), List.of()), List.of(), List.of(), List.of()), List.of());
        });
        when(engine.scoreClaims(any(), anyList())).thenAnswer(call -> {
            List<Claim> claims = call.getArgument(1);
            return new ScoringResult(Fixtures.VERSION, claims.stream()
                    .map(c -> new ScoredClaim(c, 50, Band.MODERATE, 3, "Possibly true", new Trace(List.of(), List.of()))).toList());
        });
    }

    @Test
    void mutatedAssessmentRequestsNeverGiveA500() throws Exception {
        fuzz("/api/assessments", ASSESSMENTS, new Random(20261121));
    }

    @Test
    void mutatedClaimScoringRequestsNeverGiveA500() throws Exception {
        fuzz("/api/claims/score", CLAIMS, new Random(1121));
    }

    private void fuzz(String path, List<String> seeds, Random random) throws Exception {
        int ok = 0, refused = 0;
        for (int i = 0; i < TRIES_PER_ENDPOINT; i++) {
            String body = mutate(seeds.get(random.nextInt(seeds.size())), random);
            MockHttpServletResponse response = mvc.perform(post(path).with(user("analyst").roles("ANALYST"))
                    .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
            int status = response.getStatus();
            assertThat(status).as("status for body %s: %s", body, response.getContentAsString()).isLessThan(500);
            if (status >= 400) {
                refused++;
                assertThat(response.getContentType()).as("content type of %d for body %s", status, body)
                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                String problem = response.getContentAsString(StandardCharsets.UTF_8);
                assertThat(problem).as("problem for body %s", body).contains("\"status\":" + status).contains("\"detail\":");
                assertThat(problem).as("no stack trace for body %s", body).doesNotContain("\tat ").doesNotContain("Exception:");
            } else {
                ok++;
            }
        }
        assertThat(ok).as("some mutated bodies are still valid").isPositive();
        assertThat(refused).as("most mutations are refused").isGreaterThan(TRIES_PER_ENDPOINT / 3);
    }

    /** One to four edits of a valid body: a piece inserted, a stretch deleted, doubled or replaced. */
    static String mutate(String seed, Random random) {
        StringBuilder b = new StringBuilder(seed);
        int edits = random.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length() + 1);
            int len = Math.min(b.length() - at, 1 + random.nextInt(12));
            switch (random.nextInt(5)) {
                case 0 -> b.insert(at, PIECES.get(random.nextInt(PIECES.size())));
                case 1 -> b.delete(at, at + len);
                case 2 -> b.insert(at, b.substring(at, at + len));
                case 3 -> b.replace(at, at + len, PIECES.get(random.nextInt(PIECES.size())));
                default -> b.replace(at, at + len, valueOfWrongType(random));
            }
        }
        return b.toString();
    }

    private static String valueOfWrongType(Random random) {
        List<String> values = new ArrayList<>(List.of("0", "\"\"", "[1,2]", "{\"a\":{\"b\":{}}}", "false", "\"ANONYMOUS\"",
                "\"" + "x".repeat(random.nextInt(3000)) + "\"", "\"" + "[".repeat(random.nextInt(2000)) + "\""));
        values.add("[".repeat(1 + random.nextInt(3000)) + "]".repeat(random.nextInt(3000)));
        return values.get(random.nextInt(values.size()));
    }
}
