package news.credibility.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Article metadata kept beside a folder of articles as {@code metadata.tsv}: a header line naming
 * the columns (stem, outlet, original_outlet, author, date, url, title; others are ignored), then
 * one line per article keyed by the file name without {@code .txt}.
 */
public final class MetadataTable {

    public static final String FILE_NAME = "metadata.tsv";

    private final Map<String, ArticleMetadata> byStem;

    private MetadataTable(Map<String, ArticleMetadata> byStem) {
        this.byStem = Map.copyOf(byStem);
    }

    public static MetadataTable empty() {
        return new MetadataTable(Map.of());
    }

    /** Reads {@code folder/metadata.tsv}; an empty table where the folder has none. */
    public static MetadataTable readFolder(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : empty();
    }

    public static MetadataTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return empty();
        }
        List<String> header = List.of(lines.get(0).toLowerCase(Locale.ROOT).split("\t", -1));
        int stem = header.indexOf("stem");
        if (stem < 0) {
            throw new IOException(file + ":1: the header has no 'stem' column (expected: stem, outlet, original_outlet, author, date, url, title)");
        }
        Map<String, ArticleMetadata> out = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cols = lines.get(i).split("\t", -1);
            if (cols.length != header.size()) {
                throw new IOException(file + ":" + (i + 1) + ": " + cols.length + " columns where the header has " + header.size());
            }
            out.put(cols[stem], new ArticleMetadata(col(cols, header, "outlet"), col(cols, header, "original_outlet"),
                    col(cols, header, "author"), col(cols, header, "date"), col(cols, header, "url"), col(cols, header, "title")));
        }
        return new MetadataTable(out);
    }

    private static String col(String[] cols, List<String> header, String name) {
        int i = header.indexOf(name);
        return i < 0 || cols[i].isBlank() ? null : cols[i].trim();
    }

    /** Metadata for the article stored as {@code <stem>.txt}, or {@link ArticleMetadata#NONE}. */
    public ArticleMetadata forStem(String stem) {
        return byStem.getOrDefault(stem, ArticleMetadata.NONE);
    }
}
