package news.credibility.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit workflow over HTTP on the whole service, with its own database and its own copy of
 * the rules folder: assess, find, read, export, replay (under the recorded and the current rules
 * after a rule change), verify, and tampering named by verify.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditApiIntegrationTests {

    static final String SEED = "002_c0ca0cacc21a58d2";
    static Path data;
    static Path rules;

    @DynamicPropertySource
    static void ownDatabaseAndRules(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("audit-it-data");
        rules = Files.createTempDirectory("audit-it-rules");
        copy(Path.of("rules"), rules);
        registry.add("credibility.data-folder", data::toString);
        registry.add("credibility.rules-folder", rules::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theAuditWorkflowFindReadExportReplayVerify() throws Exception {
        String text = Files.readString(Path.of("seeds", SEED + ".txt"));
        HttpResponse<String> answer = assess("analyst", SEED, text, "Washington Free Beacon");
        assertThat(answer.statusCode()).isEqualTo(200);
        long seq = Long.parseLong(answer.headers().firstValue(AuditRecorder.RECORD_HEADER).orElseThrow());
        long other = Long.parseLong(assess("author", "other", "Officials said the bridge would reopen, a source said.", null)
                .headers().firstValue(AuditRecorder.RECORD_HEADER).orElseThrow());

        // read: the stored result is what the analyst was answered, with who, what and under which rules
        JsonNode stored = json(get("/api/audit/assessments/" + seq, "auditor"));
        assertThat(stored.get("result")).isEqualTo(json(answer));
        assertThat(stored.at("/input/text").asString()).isEqualTo(text);
        assertThat(stored.get("requestedBy").asString()).isEqualTo("analyst");
        assertThat(stored.get("ruleSetVersion").asString()).isEqualTo(json(answer).get("ruleSetVersion").asString());
        assertThat(stored.get("contentHash").asString()).matches("[0-9a-f]{64}");

        // find: every filter finds it; a filter it does not meet leaves it out
        JsonNode anonymous = firstClaimWithSignal(json(answer), "ANONYMOUS_SOURCE");
        String rule = anonymous.at("/trace/fired/1/rule").asString();
        for (String query : List.of("band=" + anonymous.get("band").asString(), "grade=" + anonymous.get("grade").asInt(),
                "signal=ANONYMOUS_SOURCE", "sourceType=ANONYMOUS", "outlet=Washington Free Beacon", "rule=" + rule,
                "ruleSetVersion=" + stored.get("ruleSetVersion").asString(), "requestedBy=analyst", "kind=ARTICLE",
                "from=2000-01-01", "signal=ANONYMOUS_SOURCE&sourceType=ANONYMOUS&band=" + anonymous.get("band").asString())) {
            assertThat(seqs(json(get("/api/audit/assessments?" + encode(query), "auditor")))).as(query).contains(seq);
        }
        for (String query : List.of("outlet=Nobody", "requestedBy=author", "to=2000-01-01", "rule=No such rule")) {
            assertThat(seqs(json(get("/api/audit/assessments?" + encode(query), "auditor")))).as(query).doesNotContain(seq);
        }
        // an analyst finds and reads only the records of their own requests
        assertThat(seqs(json(get("/api/audit/assessments", "analyst")))).contains(seq).doesNotContain(other);
        assertThat(get("/api/audit/assessments/" + other, "analyst").statusCode()).isEqualTo(404);
        assertThat(seqs(json(get("/api/audit/assessments?size=1&page=0", "auditor")))).containsExactly(other);

        // export: JSON Lines, one record whole per line; CSV, one claim per row
        HttpResponse<String> lines = get("/api/audit/export?" + encode("format=jsonl&outlet=Washington Free Beacon"), "auditor");
        assertThat(lines.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/jsonl");
        List<JsonNode> records = lines.body().lines().map(JsonMapper.shared()::readTree).toList();
        assertThat(records).extracting(r -> r.get("seq").asLong()).containsExactly(seq);
        assertThat(records.get(0).get("result")).isEqualTo(json(answer));
        HttpResponse<String> csv = get("/api/audit/export?format=csv", "auditor");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).startsWith("seq,created_at,requested_by");
        assertThat(rows.stream().filter(r -> r.startsWith(seq + ",")).count()).isEqualTo(json(answer).get("claims").size());

        // replay under its own rules reproduces the stored result exactly
        JsonNode same = json(get("/api/audit/assessments/" + seq + "/replay", "auditor"));
        assertThat(same.get("identical").asBoolean()).isTrue();
        assertThat(same.get("differences").size()).isZero();

        // a rule changes: the old version is compiled from the archive and still reproduces it; the current rules differ, rule by rule
        Path drl = rules.resolve("attribution.drl");
        Files.writeString(drl, Files.readString(drl).replace("@weight(-15)", "@weight(-14)"));
        HttpResponse<String> reloaded = send(request("/api/rules/reload", "author").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(reloaded.statusCode()).isEqualTo(200);
        // the reload archives the new version at once, before anything is assessed under it
        String newVersion = json(reloaded).get("liveVersion").asString();
        assertThat(jdbc.queryForObject("select count(*) from rule_set where version = ?", Long.class, newVersion)).isEqualTo(1L);
        JsonNode recorded = json(get("/api/audit/assessments/" + seq + "/replay?rules=recorded", "auditor"));
        assertThat(recorded.get("identical").asBoolean()).as(recorded.toString()).isTrue();
        assertThat(recorded.get("replayVersion").asString()).isEqualTo(stored.get("ruleSetVersion").asString());
        JsonNode current = json(get("/api/audit/assessments/" + seq + "/replay?rules=current", "auditor"));
        assertThat(current.get("identical").asBoolean()).isFalse();
        assertThat(current.get("replayVersion").asString()).isNotEqualTo(stored.get("ruleSetVersion").asString());
        JsonNode diff = current.at("/differences/0");
        assertThat(diff.get("scoreReplayed").asInt()).isEqualTo(diff.get("scoreRecorded").asInt() + 1);
        assertThat(diff.get("rules").toString()).contains("{\"rule\":\"Unnamed source\",\"pointsRecorded\":-15,\"pointsReplayed\":-14}");

        // verify: intact; a row altered in the database is named, and verifies again once put back
        JsonNode intact = json(get("/api/audit/verify", "auditor"));
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("verified").asLong()).isGreaterThanOrEqualTo(Math.max(seq, other));
        String original = jdbc.queryForObject("select result_json from assessment_document where record_seq = ?", String.class, seq);
        jdbc.update("update assessment_document set result_json = ? where record_seq = ?", original.replaceFirst("\"score\":\\d+", "\"score\":99"), seq);
        JsonNode broken = json(get("/api/audit/verify", "auditor"));
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("firstMismatch").asLong()).isEqualTo(seq);
        assertThat(broken.get("problem").asString()).contains("altered");
        jdbc.update("update assessment_document set result_json = ? where record_seq = ?", original, seq);
        assertThat(json(get("/api/audit/verify", "auditor")).get("intact").asBoolean()).isTrue();
    }

    @Test
    void claimsScoredAsFactsAreStoredAndReplayedToo() throws Exception {
        String body = "{\"claims\": [{\"text\": \"The minister resigned.\", \"sourceType\": \"ANONYMOUS\", \"sourceName\": \"a source\","
                + " \"signals\": [{\"type\": \"HEDGED\", \"detail\": \"reportedly\"}]}]}";
        HttpResponse<String> answer = send(request("/api/claims/score", "analyst").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(answer.statusCode()).isEqualTo(200);
        long seq = Long.parseLong(answer.headers().firstValue(AuditRecorder.RECORD_HEADER).orElseThrow());
        JsonNode stored = json(get("/api/audit/assessments/" + seq, "auditor"));
        assertThat(stored.get("kind").asString()).isEqualTo("CLAIMS");
        assertThat(stored.get("result")).isEqualTo(json(answer));
        assertThat(seqs(json(get("/api/audit/assessments?kind=CLAIMS&signal=HEDGED", "auditor")))).contains(seq);
        assertThat(json(get("/api/audit/assessments/" + seq + "/replay", "auditor")).get("identical").asBoolean()).isTrue();
    }

    @Test
    void aCorrectionIsANewRecordPointingAtTheOldOneWhichStaysAsItWas() throws Exception {
        String text = "The mayor said the bridge would reopen in May, a source familiar with the plan said.";
        HttpResponse<String> first = assess("analyst", "bridge", text, "The Daily Exampel");
        long seq = Long.parseLong(first.headers().firstValue(AuditRecorder.RECORD_HEADER).orElseThrow());
        String before = get("/api/audit/assessments/" + seq, "auditor").body();

        HttpResponse<String> corrected = send(request("/api/assessments/" + seq + "/corrections", "analyst")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"outlet misspelt\", \"metadata\": {\"outlet\": \"The Daily Example\"}}")));
        assertThat(corrected.statusCode()).isEqualTo(200);
        long correction = Long.parseLong(corrected.headers().firstValue(AuditRecorder.RECORD_HEADER).orElseThrow());
        JsonNode stored = json(get("/api/audit/assessments/" + correction, "auditor"));
        assertThat(stored.get("corrects").asLong()).isEqualTo(seq);
        assertThat(stored.get("reason").asString()).isEqualTo("outlet misspelt");
        assertThat(stored.get("outlet").asString()).isEqualTo("The Daily Example");
        assertThat(stored.at("/input/text").asString()).isEqualTo(text);
        assertThat(get("/api/audit/assessments/" + seq, "auditor").body()).as("the old record is untouched").isEqualTo(before);
        assertThat(json(get("/api/audit/verify", "auditor")).get("intact").asBoolean()).isTrue();

        HttpResponse<String> noReason = send(request("/api/assessments/" + seq + "/corrections", "analyst")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).get("detail").asString()).contains("reason");
    }

    @Test
    void theRulesTheServiceStartsWithAreArchivedEachContentOnce() throws Exception {
        String first = jdbc.queryForObject("select version from rule_set order by archived_at, version fetch first 1 rows only", String.class);
        List<Map<String, Object>> files = jdbc.queryForList(
                "select f.path, b.content from rule_set_file f join rule_blob b on b.sha256 = f.sha256 where f.version = ? order by f.path", first);
        List<String> expected;
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            expected = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".drl") || p.getParent().endsWith("lexicons") && p.toString().endsWith(".txt"))
                    .map(p -> Path.of("rules").relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(files).extracting(f -> (String) f.get("path")).containsExactlyElementsOf(expected);
        for (Map<String, Object> file : files) {
            assertThat(file.get("content").toString()).as((String) file.get("path"))
                    .isEqualTo(Files.readString(Path.of("rules").resolve((String) file.get("path"))));
        }
        assertThat(jdbc.queryForObject("select count(*) from rule_blob", Long.class))
                .as("a content shared by versions is stored once")
                .isEqualTo(jdbc.queryForObject("select count(distinct sha256) from rule_set_file", Long.class));
    }

    @Test
    void badQueriesAreExplained() throws Exception {
        assertThat(get("/api/audit/assessments?size=0", "auditor").statusCode()).isEqualTo(400);
        assertThat(get("/api/audit/assessments?band=GOOD", "auditor").statusCode()).isEqualTo(400);
        assertThat(get("/api/audit/assessments?from=yesterday", "auditor").statusCode()).isEqualTo(400);
        assertThat(get("/api/audit/export?format=xml", "auditor").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = get("/api/audit/assessments/999999", "auditor");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("detail").asString()).contains("999999");
    }

    private HttpResponse<String> assess(String user, String id, String text, String outlet) throws Exception {
        Map<String, Object> body = outlet == null ? Map.of("id", id, "text", text)
                : Map.of("id", id, "text", text, "metadata", Map.of("outlet", outlet));
        return send(request("/api/assessments", user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body))));
    }

    private static JsonNode firstClaimWithSignal(JsonNode assessment, String signal) {
        for (JsonNode claim : assessment.get("claims")) {
            for (JsonNode s : claim.get("signals")) {
                if (s.get("type").asString().equals(signal)) {
                    return claim;
                }
            }
        }
        throw new AssertionError("no claim with " + signal);
    }

    private static List<Long> seqs(JsonNode page) {
        List<Long> seqs = new ArrayList<>();
        page.get("records").forEach(r -> seqs.add(r.get("seq").asLong()));
        return seqs;
    }

    private static String encode(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            out.append(out.isEmpty() ? "" : "&").append(kv[0]).append('=').append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
