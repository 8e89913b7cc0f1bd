package news.credibility.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;


/**
 * A gold folder in PolNeAR layout: {@code text/<stem>.txt} and {@code attributions/<stem>_<annotator>.ann}.
 * As attreval.py does, each stem is scored against the first annotation file in (code point) sort
 * order, every entry of {@code attributions/} counts, and stems come in sort order. Unlike the
 * script, an empty {@code attributions/} is refused (it would print zeros) and a stem without its
 * text is named before any scoring (it would stop with a traceback).
 */
public record GoldCorpus(Path folder, Map<String, String> firstAnnotation) {

    /** What a gold folder must look like, for error messages. */
    public static final String LAYOUT = "a PolNeAR-layout folder: text/<stem>.txt and attributions/<stem>_<annotator>.ann";

    public GoldCorpus {
        firstAnnotation = Map.copyOf(firstAnnotation);
    }

    /** Opens {@code folder}, checking its layout; throws a clear {@link EvalInputException} when it is not PolNeAR's. */
    public static GoldCorpus open(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new EvalInputException("%s: no such folder; give %s".formatted(folder, LAYOUT));
        }
        Path text = folder.resolve("text");
        Path attributions = folder.resolve("attributions");
        if (!Files.isDirectory(text) || !Files.isDirectory(attributions)) {
            throw new EvalInputException("%s: has no %s subfolder; expected %s".formatted(folder,
                    Files.isDirectory(text) ? "attributions/" : "text/", LAYOUT));
        }
        Map<String, String> first = new TreeMap<>(PyStr::compare);
        for (String name : names(attributions)) {
            int underscore = name.lastIndexOf('_');
            first.putIfAbsent(underscore < 0 ? name : name.substring(0, underscore), name);
        }
        if (first.isEmpty()) {
            throw new EvalInputException("%s: attributions/ is empty; expected %s".formatted(folder, LAYOUT));
        }
        for (String stem : first.keySet()) {
            if (!Files.isRegularFile(text.resolve(stem + ".txt"))) {
                throw new EvalInputException("%s: attributions/%s has no text/%s.txt; expected %s"
                        .formatted(folder, first.get(stem), stem, LAYOUT));
            }
        }
        return new GoldCorpus(folder, first);
    }

    /** The stems in the order attreval.py scores them. */
    public List<String> stems() {
        return firstAnnotation.keySet().stream().sorted(PyStr::compare).toList();
    }

    public Path textFile(String stem) {
        return folder.resolve("text").resolve(stem + ".txt");
    }

    public Path annotationFile(String stem) {
        return folder.resolve("attributions").resolve(firstAnnotation.get(stem));
    }

    /** The article text as Java reads it (strict UTF-8, line ends kept): what the engine reads and its offsets count. */
    public String text(String stem) throws IOException {
        return TextFolder.readText(textFile(stem));
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.map(p -> p.getFileName().toString()).sorted(PyStr::compare).toList();
        } catch (IOException e) {
            throw new EvalInputException("%s: cannot be listed (%s); check its permissions".formatted(folder, e.getMessage()));
        }
    }
}
