package news.credibility.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs ../shared/eval/attreval.py (beside the checkout, as in CI); skips the calling test, saying why, when python3 or the script is absent. */
final class Attreval {

    static final Path SCRIPT = Path.of("..", "shared", "eval", "attreval.py").toAbsolutePath().normalize();

    private Attreval() {
    }

    static void assumeAvailable() {
        assumeTrue(Files.isRegularFile(SCRIPT), "attreval.py not found at " + SCRIPT + ": put the shared material beside the project to run this test");
        boolean python;
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            python = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            python = false;
        }
        assumeTrue(python, "python3 is not on the PATH: install it to compare the Java scorer with attreval.py");
    }

    /** The one-line JSON attreval.py prints with --json. */
    static String json(Path gold, Path pred) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", SCRIPT.toString(), "--gold", gold.toString(), "--pred", pred.toString(), "--json")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("attreval.py failed: " + out);
        }
        return out.strip();
    }
}
