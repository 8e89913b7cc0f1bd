package news.credibility.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpora a diff may be asked for by name over HTTP: {@code seeds}, or a folder under the
 * configured corpora root. A name never reaches outside the root: not by "..", not by an absolute
 * path, not by a symbolic link.
 */
public record CorpusFolders(Path seeds, Path root) {

    public static final String SEEDS = "seeds";

    /** The folder for {@code name}; throws saying what is allowed. */
    public Path resolve(String name) throws WorkbenchInputException {
        if (name == null || name.isBlank() || name.equals(SEEDS)) {
            return seeds;
        }
        if (root == null || !Files.isDirectory(root)) {
            throw new WorkbenchInputException("corpus", "no corpora root is configured on the server (credibility.authoring.corpora-root); only \"seeds\" can be diffed");
        }
        try {
            Path base = root.toRealPath();
            Path wanted = base.resolve(name).normalize();
            if (name.startsWith("/") || name.contains("\\") || !wanted.startsWith(base) || !Files.isDirectory(wanted)
                    || !wanted.toRealPath().startsWith(base)) {
                throw new WorkbenchInputException("corpus", "corpus \"%s\" is not a folder under the corpora root; give \"seeds\" or a folder name under it, such as \"polnear/dev\"".formatted(name));
            }
            return wanted;
        } catch (IOException e) {
            throw new WorkbenchInputException("corpus", "corpus \"%s\" cannot be read: %s".formatted(name, e.getMessage()));
        }
    }
}
