package news.credibility.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import news.credibility.extract.ArticleReader;
import news.credibility.extract.Reading;
import news.credibility.lexicon.Lexicons;
import news.credibility.text.Article;

/**
 * Reads every article with the engine's reader (no scoring) and writes its brat annotations to
 * {@code out/<stem>.ann}, timing the reading alone. An article the reader fails on is reported and
 * gets no file, so the scorer counts it as a document without prediction.
 */
public final class ExtractionRun {

    /** What a run did: articles read, their tokens, the reading time and the whole time (with writing). */
    public record Stats(int articles, long tokens, long readNanos, long elapsedNanos, List<String> problems) {

        public double tokensPerSecond() {
            return readNanos == 0 ? 0 : tokens / (readNanos / 1e9);
        }

        public double articlesPerSecond() {
            return readNanos == 0 ? 0 : articles / (readNanos / 1e9);
        }
    }

    private ExtractionRun() {
    }

    public static Stats run(List<Article> articles, ArticleReader reader, Lexicons lexicons,
                            Function<Reading, String> brat, Path out) throws IOException {
        Files.createDirectories(out);
        long started = System.nanoTime();
        long reading = 0, tokens = 0;
        int read = 0;
        List<String> problems = new ArrayList<>();
        for (Article article : articles) {
            String annotations;
            try {
                long t0 = System.nanoTime();
                Reading r = reader.read(article, lexicons);
                reading += System.nanoTime() - t0;
                tokens += tokens(r);
                annotations = brat.apply(r);
                read++;
            } catch (RuntimeException e) {
                problems.add("%s: could not be read (%s); report this with the file attached".formatted(article.id(), e));
                Files.deleteIfExists(out.resolve(article.id() + ".ann")); // no stale prediction from an earlier run
                continue;
            }
            Files.writeString(out.resolve(article.id() + ".ann"), annotations, StandardCharsets.UTF_8);
        }
        return new Stats(read, tokens, reading, System.nanoTime() - started, problems);
    }

    static long tokens(Reading reading) {
        return reading.analyzed().sentences().stream().mapToLong(s -> s.tokens().size()).sum();
    }
}
