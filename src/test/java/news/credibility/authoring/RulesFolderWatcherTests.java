package news.credibility.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes to the rules folder call back once they have been quiet for the debounce time. */
class RulesFolderWatcherTests {

    @TempDir
    Path dir;

    private static void awaitAtLeast(AtomicInteger calls, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (calls.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aBurstOfChangesCallsBackOnceAndLaterChangesAgain() throws Exception {
        Files.createDirectories(dir.resolve("lexicons"));
        AtomicInteger calls = new AtomicInteger();
        try (RulesFolderWatcher watcher = RulesFolderWatcher.start(dir, Duration.ofMillis(400), calls::incrementAndGet)) {
            Files.writeString(dir.resolve("a.drl"), "one");
            Files.writeString(dir.resolve("lexicons/hedges.txt"), "reportedly\n");
            Files.writeString(dir.resolve("a.drl"), "two");
            awaitAtLeast(calls, 1);
            Thread.sleep(800);
            assertThat(calls.get()).as("one call for the burst").isEqualTo(1);

            Files.createDirectories(dir.resolve("tests"));
            Thread.sleep(600);
            Files.writeString(dir.resolve("tests/new.yaml"), "[]\n");
            awaitAtLeast(calls, 3);
            assertThat(calls.get()).as("one for the new folder, one for the file in it").isEqualTo(3);
        }
    }
}
