package news.credibility.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import news.credibility.text.Article;
import news.credibility.text.MetadataTable;
import news.credibility.text.Utf8;

/**
 * The articles of a folder of {@code .txt} files, or of a PolNeAR-layout folder's {@code text/}:
 * sorted by name, strict UTF-8, with a {@code metadata.tsv} beside them if there is one (as the
 * {@code score} command reads them). Blank files are kept: extraction must cope with them too.
 */
public final class TextFolder {

    private TextFolder() {
    }

    /** {@code folder/text} when the folder is in PolNeAR layout, else {@code folder} itself. */
    public static Path textsOf(Path folder) {
        Path text = folder.resolve("text");
        return Files.isDirectory(text) ? text : folder;
    }

    public static List<Article> read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new EvalInputException("%s: no such folder; give a folder of .txt articles or %s".formatted(folder, GoldCorpus.LAYOUT));
        }
        Path texts = textsOf(folder);
        List<Path> files;
        try (Stream<Path> listing = Files.list(texts)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new EvalInputException("%s: has no .txt files; give a folder of .txt articles or %s".formatted(folder, GoldCorpus.LAYOUT));
        }
        MetadataTable metadata = MetadataTable.readFolder(texts);
        List<Article> articles = new ArrayList<>(files.size());
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".txt".length());
            articles.add(new Article(stem, readText(file), metadata.forStem(stem)));
        }
        return articles;
    }

    /** An article file as Java reads it: strict UTF-8, line ends kept; a file that is not UTF-8 says so. */
    static String readText(Path file) throws IOException {
        try {
            return Utf8.decode(Files.readAllBytes(file));
        } catch (Utf8.MalformedUtf8Exception e) {
            throw new EvalInputException("%s: %s; save it as UTF-8".formatted(file, e.getMessage()));
        }
    }
}
