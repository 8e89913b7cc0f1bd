package news.credibility.extract;

import news.credibility.lexicon.Lexicons;
import news.credibility.text.Article;

/** Reads an article: boilerplate, sentences, attributions, sources, claims and their signals. */
public interface ArticleReader {

    Reading read(Article article, Lexicons lexicons);
}
