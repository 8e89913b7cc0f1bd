package news.credibility.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import news.credibility.text.ArticleMetadata;

/** The article assessed: its id, where it came from ({@code file}, command line only) and its metadata. */
public record ArticleView(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String file, ArticleMetadata metadata) {
}
