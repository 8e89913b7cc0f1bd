package news.credibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as a real process, killed with SIGKILL while clients are storing assessments:
 * after a restart on the same data folder, every assessment that was acknowledged is there, as
 * answered, and the chain verifies (no fork, no gap, nothing half-written).
 */
class KillRecoveryIntegrationTests {

    static final int CLIENTS = 4;
    static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path data;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Process service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void acknowledgedAssessmentsSurviveKillNineAndTheChainVerifies() throws Exception {
        int port = freePort();
        service = start(port);
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (!killed.get() && sent.get() < 2_000) {
                    String id = "kill-test-" + sent.incrementAndGet();
                    try {
                        HttpResponse<String> answer = post(port, id);
                        if (answer.statusCode() == 200) {
                            acknowledged.put(Long.parseLong(answer.headers().firstValue("Audit-Record").orElseThrow()), id);
                        }
                    } catch (IOException e) {
                        // the service was killed under this request: it was never acknowledged
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        service.destroyForcibly();  // SIGKILL: no shutdown hook, no flush, no close
        killed.set(true);
        service.waitFor(30, TimeUnit.SECONDS);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        assertThat(acknowledged).as("assessments acknowledged before the kill").hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(sent.get()).as("requests were in flight when it was killed").isGreaterThan(acknowledged.size());

        service = start(port);
        for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
            HttpResponse<String> stored = get(port, "/api/audit/assessments/" + ack.getKey());
            assertThat(stored.statusCode()).as("record " + ack.getKey()).isEqualTo(200);
            assertThat(json(stored).at("/input/id").asString()).isEqualTo(ack.getValue());
        }
        JsonNode report = json(get(port, "/api/audit/verify"));
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("verified").asLong()).isGreaterThanOrEqualTo(acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElseThrow());
        // and the chain goes on from where it was
        HttpResponse<String> after = post(port, "after-restart");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(Long.parseLong(after.headers().firstValue("Audit-Record").orElseThrow())).isEqualTo(report.get("verified").asLong() + 1);
        assertThat(json(get(port, "/api/audit/verify")).get("intact").asBoolean()).isTrue();
    }

    private Process start(int port) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Application.class.getName(), "serve",
                "--server.port=" + port, "--credibility.data-folder=" + data));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("service-" + System.nanoTime() + ".log").toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the service exited at start-up; see its log in " + data).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return process;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not start within " + START_TIMEOUT);
    }

    private HttpResponse<String> post(int port, String id) throws IOException, InterruptedException {
        String body = JsonMapper.shared().writeValueAsString(Map.of("id", id,
                "text", "The mayor said the bridge would reopen on " + id + ". A source familiar with the plan said it would not."));
        return http.send(request(port, "/api/assessments", "analyst").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(request(port, path, "auditor").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(int port, String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
