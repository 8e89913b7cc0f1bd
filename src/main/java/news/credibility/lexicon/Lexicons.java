package news.credibility.lexicon;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The tunable word lists, read from a folder of {@code *.txt} files (one entry a line, {@code #}
 * starts a comment, optional {@code key=value} attributes after a tab). Immutable once loaded.
 */
public final class Lexicons {

    private final Map<String, Lexicon> byName;

    public Lexicons(Map<String, Lexicon> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The lexicon called {@code name} (file {@code name.txt}); an empty one where there is none. */
    public Lexicon get(String name) {
        Lexicon l = byName.get(name);
        return l != null ? l : new Lexicon(name, Map.of());
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public Map<String, Lexicon> all() {
        return byName;
    }

    /** Loads every {@code *.txt} in {@code folder}. */
    public static Lexicons load(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new LexiconException(folder, 0, "lexicon folder does not exist or is not a folder");
        }
        Map<String, Lexicon> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                out.put(name, parse(f, name));
            }
        }
        return new Lexicons(out);
    }

    /** One lexicon file; throws naming the file and the line at fault. */
    public static Lexicon parse(Path file, String name) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new LexiconException(file, 0, "not UTF-8 text");
        }
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            String entry = cols[0].trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int c = 1; c < cols.length; c++) {
                String col = cols[c].trim();
                if (col.isEmpty()) {
                    continue;
                }
                int eq = col.indexOf('=');
                if (eq <= 0) {
                    throw new LexiconException(file, i + 1, "attribute '" + col + "' is not key=value");
                }
                attrs.put(col.substring(0, eq).trim(), col.substring(eq + 1).trim());
            }
            if (entries.containsKey(entry)) {
                throw new LexiconException(file, i + 1, "duplicate entry '" + entry + "'");
            }
            entries.put(entry, Map.copyOf(attrs));
        }
        return new Lexicon(name, entries);
    }
}
