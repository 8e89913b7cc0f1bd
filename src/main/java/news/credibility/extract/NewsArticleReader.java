package news.credibility.extract;

import news.credibility.lexicon.Lexicons;
import news.credibility.text.AnalyzedText;
import news.credibility.text.Article;
import news.credibility.text.BoilerplateClassifier;
import news.credibility.text.TextAnalyzer;

/**
 * The default reader: boilerplate -> sentences and tokens -> attributions -> sources, claims and
 * signals. Stateless and thread-safe; lexicons come with each call so that a rule reload swaps
 * them together with the rules.
 */
public final class NewsArticleReader implements ArticleReader {

    private final BoilerplateClassifier boilerplate = new BoilerplateClassifier();
    private final TextAnalyzer analyzer;
    private final AttributionFinder finder = new AttributionFinder();
    private final ReadingBuilder builder = new ReadingBuilder();

    public NewsArticleReader(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public NewsArticleReader() {
        this(new TextAnalyzer());
    }

    @Override
    public Reading read(Article article, Lexicons lexicons) {
        AnalyzedText analyzed = analyzer.analyze(article, boilerplate.classify(article, lexicons));
        return builder.build(analyzed, finder.find(analyzed, lexicons), lexicons);
    }
}
