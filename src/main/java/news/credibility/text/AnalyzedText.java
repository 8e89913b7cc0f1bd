package news.credibility.text;

import java.util.List;

/**
 * An article split into regions (body, headline, boilerplate) and the sentences and tokens of its
 * body and headline. All offsets point into {@code article.text()}.
 */
public record AnalyzedText(Article article, List<Region> regions, List<Sentence> sentences) {

    public AnalyzedText {
        regions = List.copyOf(regions);
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return article.text();
    }

    public List<Sentence> bodySentences() {
        return sentences.stream().filter(s -> !s.headline()).toList();
    }
}
