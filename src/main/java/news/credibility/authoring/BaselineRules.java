package news.credibility.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The baseline of a diff as a folder: a folder given as it is, or the candidate rules folder as it
 * was at a git revision, written into a temporary folder ({@code git archive --format=zip}) that
 * {@link #close()} removes.
 *
 * @param folder the baseline rules folder
 * @param label  where it came from, for the report
 */
public record BaselineRules(Path folder, String label, boolean temporary) implements AutoCloseable {

    /** {@code baseline}: a folder, or a git revision of the repository that holds {@code candidate}. */
    public static BaselineRules resolve(String baseline, Path candidate) throws BaselineException {
        Path asFolder = Path.of(baseline);
        if (Files.isDirectory(asFolder)) {
            return new BaselineRules(asFolder, asFolder.toString(), false);
        }
        return resolveRevision(baseline, candidate);
    }

    /** {@code candidate} as it was at git revision {@code baseline}; never a folder (for callers over HTTP). */
    public static BaselineRules resolveRevision(String baseline, Path candidate) throws BaselineException {
        if (baseline.isBlank() || baseline.startsWith("-")) {
            throw new BaselineException("'%s' is not a git revision; give a branch, a tag or a commit".formatted(baseline));
        }
        Path dir = candidate.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new BaselineException("the candidate rules folder %s does not exist, so it has no git history to take '%s' from".formatted(candidate, baseline));
        }
        String prefix = git(dir, "the rules folder " + candidate + " is not in a git repository, and '" + baseline
                + "' is not a folder; give --baseline a rules folder or run inside the repository", "rev-parse", "--show-prefix").strip();
        String commit = git(dir, "'" + baseline + "' is neither a folder nor a git revision known to the repository of " + candidate
                + "; give a folder, a branch, a tag or a commit", "rev-parse", "--verify", "--quiet", baseline + "^{commit}").strip();
        Path target;
        try {
            target = Files.createTempDirectory("rules-baseline-");
        } catch (IOException e) {
            throw new BaselineException("cannot make a temporary folder for the baseline rules: " + e.getMessage());
        }
        BaselineRules rules = new BaselineRules(target, "%s (git %s, %s)".formatted(prefix.isEmpty() ? "." : prefix, baseline, commit.substring(0, 12)), true);
        try {
            String missing = "revision %s has no %s: the rules folder did not exist there; pick a later revision".formatted(baseline, prefix);
            Path top = Path.of(git(dir, "cannot find the top of the git repository", "rev-parse", "--show-toplevel").strip());
            // archived from the top: the rules folder may not exist at that revision, nor the working directory
            byte[] zip = gitBytes(top, missing, "archive", "--format=zip", commit, "--", prefix.isEmpty() ? "." : prefix);
            if (unzip(zip, prefix, target) == 0) {
                throw new BaselineException(missing);
            }
        } catch (BaselineException | RuntimeException e) {
            rules.close();
            throw e;
        }
        return rules;
    }

    private static String git(Path dir, String whenFailing, String... args) throws BaselineException {
        return new String(gitBytes(dir, whenFailing, args), StandardCharsets.UTF_8);
    }

    /** git's output; on failure {@code whenFailing}, with git's own words after it. */
    private static byte[] gitBytes(Path dir, String whenFailing, String... args) throws BaselineException {
        try {
            return run(dir, args);
        } catch (BaselineException e) {
            throw new BaselineException(whenFailing + (e.getMessage().isBlank() ? "" : " (git: " + e.getMessage().strip() + ")"));
        }
    }

    private static byte[] run(Path dir, String... args) throws BaselineException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] err;
            try (InputStream in = p.getInputStream(); InputStream e = p.getErrorStream()) {
                in.transferTo(out);
                err = e.readAllBytes();
            }
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new BaselineException(new String(err, StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new BaselineException("git cannot be run (" + e.getMessage() + "); install git or give --baseline a folder");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BaselineException("interrupted while reading the baseline from git");
        }
    }

    /** Writes the archive's files below {@code prefix} into {@code target}; returns how many. */
    private static int unzip(byte[] zip, String prefix, Path target) throws BaselineException {
        int files = 0;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory() || !e.getName().startsWith(prefix)) {
                    continue;
                }
                Path dest = target.resolve(e.getName().substring(prefix.length())).normalize();
                if (!dest.startsWith(target)) {
                    continue; // never write outside the temporary folder
                }
                Files.createDirectories(dest.getParent());
                Files.write(dest, in.readAllBytes());
                files++;
            }
        } catch (IOException e) {
            throw new BaselineException("cannot unpack the baseline rules from git: " + e.getMessage());
        }
        return files;
    }

    /** Removes the temporary folder of a git baseline; a folder given by the user is left alone. */
    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system cleans its temp space
        }
    }

    /** The baseline cannot be had: the message says why and what to give instead. */
    public static final class BaselineException extends Exception {

        public BaselineException(String message) {
            super(message);
        }
    }
}
