package news.credibility.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.extract.Claim;
import news.credibility.extract.SourceType;

/** Scoring while the rules are reloaded: every result comes from one rule set version, never a mix. */
class ReloadConcurrencyTests {

    private static final String MARKER = """
            package news.credibility.rules;
            import news.credibility.score.*;

            rule "Marker of the second version"
                @description("marks results scored by the second version") @weight(0)
            when
                $c : ClaimFact()
            then
                Contributions.add(drools, $c, "second version");
            end
            """;

    @TempDir
    Path dir;

    @Test
    void scoringDuringReloadsNeverMixesVersions() throws Exception {
        Rules.copyTo(dir);
        RuleEngine engine = RuleEngine.load(dir);
        String first = engine.current().version();
        Claim claim = ClaimFixture.in("Officials met in Cairo, a source said.").source(SourceType.ANONYMOUS, "a source").cue("said").build();
        ConcurrentLinkedQueue<String> mixed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> scorers = List.of(pool.submit(() -> scoreUntil(engine, claim, first, done, started, seen, mixed)),
                    pool.submit(() -> scoreUntil(engine, claim, first, done, started, seen, mixed)));
            started.await();
            Path marker = dir.resolve("marker.drl");
            for (int i = 0; i < 2; i++) {
                if (i % 2 == 0) {
                    Files.writeString(marker, MARKER);
                } else {
                    Files.delete(marker);
                }
                assertThat(engine.reload().success()).isTrue();
            }
            done.set(true);
            for (Future<?> f : scorers) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mixed).isEmpty();
        assertThat(engine.current().version()).isEqualTo(first);
        assertThat(seen).contains(first).hasSizeGreaterThan(1);
    }

    private static void scoreUntil(RuleEngine engine, Claim claim, String first, AtomicBoolean done, CountDownLatch started,
                                   ConcurrentLinkedQueue<String> seen, ConcurrentLinkedQueue<String> mixed) {
        started.countDown();
        while (!done.get()) {
            RuleSet rules = engine.current();
            ScoringResult result = rules.score(null, List.of(claim));
            boolean marked = Rules.fired(result.claims().get(0)).contains("Marker of the second version");
            String version = result.ruleSetVersion();
            if (!version.equals(rules.version()) || marked == version.equals(first)) {
                mixed.add(version + (marked ? " with" : " without") + " the marker rule");
            }
            if (!seen.contains(version)) {
                seen.add(version);
            }
        }
    }
}
