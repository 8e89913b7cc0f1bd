package news.credibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole service on a real port with the real rules folder: what a caller sees over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceIntegrationTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    @Test
    void healthIsPublic() throws Exception {
        HttpResponse<String> health = send(request("/actuator/health", null));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theApiIsDescribedWithOpenApiWithASummaryOnEachEndpoint() throws Exception {
        HttpResponse<String> docs = send(request("/v3/api-docs", null));
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json(docs).get("paths");
        assertThat(paths.at("/~1api~1assessments/post/summary").asString()).startsWith("Assess an article");
        assertThat(paths.at("/~1api~1claims~1score/post/summary").asString()).startsWith("Score claims");
        assertThat(paths.at("/~1api~1criteria/get/summary").asString()).startsWith("List the rules");
        assertThat(paths.at("/~1api~1rules~1reload/post/summary").asString()).contains("rule authors only");
        assertThat(paths.has("/error")).isFalse();
    }

    @Test
    void criteriaComeFromTheRulesFolderWithTheirVersion() throws Exception {
        HttpResponse<String> criteria = send(request("/api/criteria", "analyst"));
        assertThat(criteria.statusCode()).isEqualTo(200);
        JsonNode body = json(criteria);
        assertThat(body.get("ruleSetVersion").asString()).isNotBlank();
        assertThat(body.get("rules").size()).isGreaterThan(5);
        assertThat(body.at("/rules/0/file").asString()).endsWith(".drl");
        assertThat(body.at("/rules/0/description").asString()).isNotBlank();
    }

    @Test
    void reloadOfAnUnchangedFolderKeepsItsVersion() throws Exception {
        HttpResponse<String> reload = send(request("/api/rules/reload", "author").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(reload.statusCode()).isEqualTo(200);
        JsonNode body = json(reload);
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("liveVersion").asString()).isEqualTo(body.get("previousVersion").asString());
        assertThat(send(request("/api/rules/reload", "analyst").POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(403);
    }

    @Test
    void aBodyOverTheLimitIs413WithoutReadingIt() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> response = send(request("/api/assessments", "analyst").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response).get("detail").asString()).contains("larger than the limit of 5242880 bytes", "credibility.max-text-bytes");
    }

    @Test
    void errorsOverHttpAreProblemsWithoutStackTraces() throws Exception {
        HttpResponse<String> anonymous = send(request("/api/criteria", null));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> notUtf8 = send(request("/api/assessments", "analyst").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', (byte) 0xff, 'b'})));
        assertThat(notUtf8.statusCode()).isEqualTo(400);
        assertThat(json(notUtf8).get("detail").asString()).contains("not valid UTF-8", "byte offset 1");

        HttpResponse<String> malformed = send(request("/api/claims/score", "analyst").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"claims\": [")));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("detail").asString()).contains("Malformed JSON");

        HttpResponse<String> notFound = send(request("/api/nothing", "analyst"));
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        for (HttpResponse<String> response : java.util.List.of(anonymous, notUtf8, malformed, notFound)) {
            assertThat(response.body()).doesNotContain("\tat ", "Exception");
        }
    }

    @Test
    void assessesEachSeedOverHttpWithSpansIntoTheTextAndCompleteTraces() throws Exception {
        String version = json(send(request("/api/criteria", "analyst"))).get("ruleSetVersion").asString();
        for (String seed : java.util.List.of("000_da6047f014b8b818", "002_c0ca0cacc21a58d2")) {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of("seeds", seed + ".txt"));
            String body = JsonMapper.shared().writeValueAsString(java.util.Map.of("id", seed, "text", text,
                    "metadata", java.util.Map.of("outlet", "Washington Free Beacon")));
            HttpResponse<String> response = send(request("/api/assessments", "analyst").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(response.statusCode()).as(seed).isEqualTo(200);
            JsonNode assessment = json(response);
            assertThat(assessment.get("ruleSetVersion").asString()).isEqualTo(version);
            assertThat(assessment.at("/article/id").asString()).isEqualTo(seed);
            JsonNode claims = assessment.get("claims");
            assertThat(claims.size()).as(seed + " claims").isGreaterThan(5);
            int previous = Integer.MAX_VALUE;
            for (JsonNode claim : claims) {
                int score = claim.get("score").asInt();
                assertThat(score).as("ranked strongest first").isLessThanOrEqualTo(previous).isBetween(0, 100);
                previous = score;
                int points = 0;
                for (JsonNode firing : claim.at("/trace/fired")) {
                    points += firing.get("points").asInt();
                    for (JsonNode evidence : firing.get("evidence")) {
                        if (evidence.hasNonNull("start")) {
                            assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
                                    .isEqualTo(evidence.get("text").asString());
                        }
                    }
                }
                assertThat(points).as("the trace explains the whole score of " + claim.get("id")).isEqualTo(score);
                JsonNode content = claim.get("content");
                assertThat(text.substring(content.get("start").asInt(), content.get("end").asInt()))
                        .isEqualTo(content.get("text").asString());
                assertThat(claim.get("band").asString()).isIn("STRONG", "MODERATE", "WEAK", "UNSUPPORTED");
                assertThat(claim.get("grade").asInt()).isBetween(1, 6);
            }
        }
    }

    @Test
    void plainTextOfASeedIsAssessedLikeItsJson() throws Exception {
        byte[] seed = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("seeds", "002_c0ca0cacc21a58d2.txt"));
        HttpResponse<String> response = send(request("/api/assessments", "analyst").header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(seed)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("claims").size()).isGreaterThan(5);
    }
}
