package news.credibility.text;

import java.util.Objects;

/** An article as received: an identifier, its original text, and optional metadata. */
public record Article(String id, String text, ArticleMetadata metadata) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
    }

    public Article(String id, String text) {
        this(id, text, ArticleMetadata.NONE);
    }
}
