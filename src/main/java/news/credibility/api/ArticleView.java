package news.credibility.api;

import news.credibility.text.ArticleMetadata;

/** The article assessed: its id, where it came from ({@code file}, command line only) and its metadata. */
public record ArticleView(String id, String file, ArticleMetadata metadata) {
}
