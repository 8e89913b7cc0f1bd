package news.credibility.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import news.credibility.text.Utf8;
import news.credibility.text.Article;
import news.credibility.text.MetadataTable;

/**
 * Turns the PATHs of the command line into articles: a file is one article, a folder gives its
 * {@code .txt} files sorted by name (not its subfolders). Each article is read as strict UTF-8,
 * with the metadata of a {@code metadata.tsv} beside it. Every bad input is collected as a
 * problem naming the file and what to do, so that the good files of a batch still get scored.
 */
final class InputArticles {

    /** An article read from {@code file}; its id is the file name without {@code .txt}. */
    record Input(Path file, Article article) {
    }

    private final List<Input> inputs = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<Path, MetadataTable> metadata = new HashMap<>();

    static InputArticles read(List<Path> paths) {
        InputArticles read = new InputArticles();
        for (Path path : paths) {
            read.add(path);
        }
        return read;
    }

    List<Input> inputs() {
        return List.copyOf(inputs);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void add(Path path) {
        if (!Files.exists(path)) {
            problems.add("%s: no such file or folder; check the path".formatted(path));
        } else if (Files.isDirectory(path)) {
            addFolder(path);
        } else if (!path.getFileName().toString().endsWith(".txt")) {
            problems.add("%s: not a .txt file; pass .txt files or folders of them".formatted(path));
        } else {
            addFile(path);
        }
    }

    private void addFolder(Path folder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            problems.add("%s: cannot list the folder (%s); check its permissions".formatted(folder, e.getMessage()));
            return;
        }
        if (files.isEmpty()) {
            problems.add("%s: the folder has no .txt files; put the articles there as UTF-8 .txt files".formatted(folder));
        }
        files.forEach(this::addFile);
    }

    private void addFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add("%s: cannot be read (%s); check its permissions".formatted(file, e.getMessage()));
            return;
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (Utf8.MalformedUtf8Exception e) {
            problems.add("%s: %s; save it as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)".formatted(file, e.getMessage()));
            return;
        }
        if (text.isBlank()) {
            problems.add("%s: the file is empty or blank; there is nothing to score".formatted(file));
            return;
        }
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - ".txt".length());
        MetadataTable table = metadataBeside(file);
        inputs.add(new Input(file, new Article(stem, text, table.forStem(stem))));
    }

    private MetadataTable metadataBeside(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return metadata.computeIfAbsent(folder, f -> {
            try {
                return MetadataTable.readFolder(f);
            } catch (IOException e) {
                problems.add("%s: metadata ignored: %s".formatted(f.resolve(MetadataTable.FILE_NAME), e.getMessage()));
                return MetadataTable.empty();
            }
        });
    }
}
