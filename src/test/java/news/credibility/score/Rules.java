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

    /** Asserts that {@code rule} fired for the claim and is not listed among the criteria that did not apply. */
    static RuleFiring assertFires(ScoredClaim claim, String rule) {
        org.assertj.core.api.Assertions.assertThat(fired(claim)).as("rules fired").contains(rule);
        org.assertj.core.api.Assertions.assertThat(notApplied(claim)).as("not applied").doesNotContain(rule);
        return firing(claim, rule);
    }

    /** Asserts that {@code rule} did not fire for the claim and is listed among the criteria that did not apply. */
    static void assertDoesNotFire(ScoredClaim claim, String rule) {
        org.assertj.core.api.Assertions.assertThat(fired(claim)).as("rules fired").doesNotContain(rule);
        org.assertj.core.api.Assertions.assertThat(notApplied(claim)).as("not applied").contains(rule);
    }

    static List<String> notApplied(ScoredClaim claim) {
        return claim.trace().notApplied().stream().map(RuleInfo::name).toList();
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
