package news.credibility.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's rules folder, compiled once for the rule tests, and helpers to read traces. */
final class Rules {

    static final Path FOLDER = Path.of("rules");
    private static RuleSet project;

    private Rules() {
    }

    static synchronized RuleSet project() {
        if (project == null) {
            try {
                project = RuleSet.load(FOLDER);
            } catch (RuleSetException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return project;
    }

    static ScoredClaim score(ClaimFixture fixture) {
        return project().score(fixture.text(), List.of(fixture.build())).claims().get(0);
    }

    /** The names of the rules that fired for the claim, in firing order. */
    static List<String> fired(ScoredClaim claim) {
        return claim.trace().fired().stream().map(f -> f.rule().name()).toList();
    }

    static RuleFiring firing(ScoredClaim claim, String rule) {
        return claim.trace().fired().stream().filter(f -> f.rule().name().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + rule + "\" did not fire; fired: " + fired(claim)));
    }

    /** A copy of the project's rules folder (DRL and lexicons) in {@code target}. */
    static Path copyTo(Path target) {
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(FOLDER.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
