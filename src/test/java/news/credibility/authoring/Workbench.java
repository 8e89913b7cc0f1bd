package news.credibility.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import news.credibility.extract.NewsArticleReader;
import news.credibility.score.RuleSet;
import news.credibility.score.RuleSetException;

/** The project's rules folder, one shared reader, and copies of rules folders with fixtures laid over them. */
final class Workbench {

    static final Path RULES = Path.of("rules");
    static final Path FIXTURES = Path.of("src/test/resources/authoring");
    private static NewsArticleReader reader;
    private static RuleSet project;

    private Workbench() {
    }

    static synchronized NewsArticleReader reader() {
        if (reader == null) {
            reader = new NewsArticleReader();
        }
        return reader;
    }

    static synchronized RuleSet project() {
        if (project == null) {
            try {
                project = RuleSet.load(RULES);
            } catch (RuleSetException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return project;
    }

    /** A copy of {@code from} in {@code target}, then every file of each overlay folder copied over it. */
    static Path copy(Path from, Path target, Path... overlays) {
        copyTree(from, target);
        for (Path overlay : overlays) {
            copyTree(overlay, target);
        }
        return target;
    }

    private static void copyTree(Path from, Path target) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
