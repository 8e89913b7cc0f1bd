package news.credibility.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import news.credibility.lexicon.Lexicons;
import news.credibility.text.AnalyzedText;
import news.credibility.text.Article;
import news.credibility.text.BoilerplateClassifier;
import news.credibility.text.Region;
import news.credibility.text.TextAnalyzer;

/**
 * Dev-time runner, not a test: reads a PolNeAR-layout folder ({@code <dir>/text/*.txt}), finds the
 * attributions of each article (boilerplate, sentences, attribution finder) and writes
 * {@code <stem>.ann} into an output folder, for
 * {@code python3 attreval.py --gold <dir> --pred <out>}.
 *
 * <p>Usage: {@code PolnearRunner <corpus dir> <out dir> [lexicon dir [regions dir]]}; with a regions
 * folder, each article's regions go to {@code <stem>.tsv} there (start, end, kind, reason), to
 * check that boilerplate removal keeps the annotated text.
 */
public final class PolnearRunner {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PolnearRunner <corpus dir with text/> <out dir> [lexicon dir]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0], "text");
        Path out = Path.of(args[1]);
        Lexicons lexicons = Lexicons.load(Path.of(args.length > 2 ? args[2] : "rules/lexicons"));
        Files.createDirectories(out);
        BoilerplateClassifier boilerplate = new BoilerplateClassifier();
        TextAnalyzer analyzer = new TextAnalyzer();
        AttributionFinder finder = new AttributionFinder();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long started = System.nanoTime();
        int attributions = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
            Article article = new Article(stem, text);
            List<Region> regions = boilerplate.classify(article, lexicons);
            if (args.length > 3) {
                Files.createDirectories(Path.of(args[3]));
                StringBuilder tsv = new StringBuilder();
                regions.forEach(r -> tsv.append(r.span().start()).append('\t').append(r.span().end()).append('\t')
                        .append(r.kind()).append('\t').append(r.reason()).append('\n'));
                Files.writeString(Path.of(args[3], stem + ".tsv"), tsv, StandardCharsets.UTF_8);
            }
            AnalyzedText analyzed = analyzer.analyze(article, regions);
            List<Attribution> found = finder.find(analyzed, lexicons);
            attributions += found.size();
            Files.writeString(out.resolve(stem + ".ann"), BratWriter.write(text, found, span -> null), StandardCharsets.UTF_8);
        }
        System.out.printf("%d articles, %d attributions, %.1f s%n", files.size(), attributions,
                (System.nanoTime() - started) / 1e9);
    }
}
