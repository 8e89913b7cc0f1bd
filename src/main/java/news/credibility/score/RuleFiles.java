package news.credibility.score;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import news.credibility.lexicon.LexiconException;
import news.credibility.lexicon.Lexicons;
import news.credibility.text.Utf8;

/**
 * The files of a rules folder as one snapshot: every {@code .drl} (any depth, path order) and the
 * lexicons of {@code lexicons/}, with the version computed over exactly what was read.
 */
record RuleFiles(Path folder, Map<String, String> drl, Lexicons lexicons, String version) {

    static final String LEXICONS = "lexicons";

    /** Reads the folder; problems go to {@code problems}, named by file and line. */
    static RuleFiles read(Path folder, List<RuleProblem> problems) {
        Map<String, byte[]> hashed = new TreeMap<>();
        Map<String, String> drl = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            problems.add(new RuleProblem(folder.toString(), 0, null,
                    "the rules folder does not exist or is not a folder; point the rules folder setting at a folder of .drl files"));
            return new RuleFiles(folder, drl, new Lexicons(Map.of()), null);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted().toList()) {
                String rel = relative(folder, file);
                byte[] bytes = Files.readAllBytes(file);
                hashed.put(rel, bytes);
                try {
                    drl.put(rel, Utf8.decode(bytes));
                } catch (CharacterCodingException e) {
                    problems.add(new RuleProblem(rel, 0, null, "not UTF-8 text; save the file as UTF-8"));
                }
            }
        } catch (IOException e) {
            problems.add(new RuleProblem(folder.toString(), 0, null, "cannot read the rules folder: " + e.getMessage()));
        }
        if (drl.isEmpty() && problems.isEmpty()) {
            problems.add(new RuleProblem(folder.toString(), 0, null, "the rules folder holds no .drl files"));
        }
        Lexicons lexicons = readLexicons(folder, hashed, problems);
        return new RuleFiles(folder, drl, lexicons, RuleSetVersion.of(hashed));
    }

    /** A missing lexicons folder means empty lexicons; a lexicon that does not parse is a problem. */
    private static Lexicons readLexicons(Path folder, Map<String, byte[]> hashed, List<RuleProblem> problems) {
        Path dir = folder.resolve(LEXICONS);
        if (!Files.isDirectory(dir)) {
            return new Lexicons(Map.of());
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                hashed.put(relative(folder, f), Files.readAllBytes(f));
            }
            return Lexicons.load(dir);
        } catch (LexiconException e) {
            Path file = e.file().isAbsolute() ? e.file() : e.file().toAbsolutePath();
            String prefix = e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": ";
            String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            problems.add(new RuleProblem(relative(folder, file), e.line(), null, message));
        } catch (IOException e) {
            problems.add(new RuleProblem(LEXICONS, 0, null, "cannot read the lexicons: " + e.getMessage()));
        }
        return new Lexicons(Map.of());
    }

    static String relative(Path folder, Path file) {
        Path abs = folder.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        Path rel = f.startsWith(abs) ? abs.relativize(f) : f;
        return rel.toString().replace('\\', '/');
    }
}
