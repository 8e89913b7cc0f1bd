package news.credibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workbench in the running service, on a copy of the rules folder: a reload runs the checks
 * and the cases first and keeps the live rules on any failure; check and diff answer rule authors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleAuthoringIntegrationTests {

    static final Path RULES = copyOfRules();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("credibility.rules-folder", RULES::toString);
    }

    static Path copyOfRules() {
        try {
            Path target = Files.createTempDirectory("rules-it-");
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void restoreRules() throws IOException {
        for (String file : new String[] {"hedging.drl", "lexicons/confirmation.txt"}) {
            Files.copy(Path.of("rules").resolve(file), RULES.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(RULES.resolve("broken.drl"));
    }

    HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("author:author".getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    String liveVersion() throws Exception {
        return json(send("GET", "/api/criteria")).get("ruleSetVersion").asString();
    }

    @Test
    void aReloadThatBreaksACaseIsRefusedAndTheLiveRulesStay() throws Exception {
        String live = liveVersion();
        Path hedging = RULES.resolve("hedging.drl");
        Files.writeString(hedging, Files.readString(hedging).replace("@weight(-10)", "@weight(-1)"));

        HttpResponse<String> reload = send("POST", "/api/rules/reload");

        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(422);
        JsonNode problem = json(reload);
        assertThat(problem.get("liveVersion").asString()).isEqualTo(live);
        assertThat(problem.get("problems").get(0).get("file").asString()).startsWith("tests/");
        assertThat(problem.get("problems").get(0).get("message").asString()).contains(" fails for claim ");
        assertThat(liveVersion()).isEqualTo(live);
    }

    @Test
    void aFileWithABrokenEncodingIsNamedAndTheLiveRulesStay() throws Exception {
        String live = liveVersion();
        Files.write(RULES.resolve("broken.drl"), new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xE9, '\n'});

        HttpResponse<String> reload = send("POST", "/api/rules/reload");

        assertThat(reload.statusCode()).isEqualTo(422);
        assertThat(json(reload).get("problems").get(0).get("file").asString()).isEqualTo("broken.drl");
        assertThat(json(reload).get("problems").get(0).get("message").asString()).contains("UTF-8");
        assertThat(liveVersion()).isEqualTo(live);
    }

    @Test
    void aReloadThatPassesGoesLiveAndCheckAndDiffAnswer() throws Exception {
        String live = liveVersion();
        Path hedging = RULES.resolve("hedging.drl");
        Files.writeString(hedging, Files.readString(hedging).replace("@weight(-5)", "@weight(-6)"));

        JsonNode check = json(send("GET", "/api/rules/check"));
        assertThat(check.get("passed").asBoolean()).isTrue();
        assertThat(check.get("errors").asInt()).isZero();

        HttpResponse<String> diff = send("GET", "/api/rules/diff");
        assertThat(diff.statusCode()).as(diff.body()).isEqualTo(200);
        assertThat(json(diff).get("baseline").asString()).isEqualTo(live + " (live)");
        assertThat(json(diff).get("articles").asInt()).isEqualTo(2);
        assertThat(json(diff).get("shifts").has("-1")).isTrue();

        HttpResponse<String> escape = send("GET", "/api/rules/diff?corpus=../rules");
        assertThat(escape.statusCode()).isEqualTo(400);
        assertThat(json(escape).get("field").asString()).isEqualTo("corpus");

        HttpResponse<String> reload = send("POST", "/api/rules/reload");
        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
        assertThat(json(reload).get("liveVersion").asString()).isNotEqualTo(live).isEqualTo(liveVersion());
    }

    @Test
    void checkReportsALexiconConflictAsAnError() throws Exception {
        Files.writeString(RULES.resolve("lexicons/confirmation.txt"), "confirmed\ndenied\n");
        JsonNode check = json(send("GET", "/api/rules/check"));
        assertThat(check.get("passed").asBoolean()).isFalse();
        assertThat(check.get("findings").get(0).get("file").asString()).isEqualTo("lexicons/confirmation.txt");
    }
}
