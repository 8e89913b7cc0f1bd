package news.credibility.text;

/**
 * What is known about an article besides its text. Every field is optional.
 *
 * @param outlet         the outlet that published this copy (e.g. "Global Research")
 * @param originalOutlet where this copy is a cross-post or reprint, the outlet of origin (e.g. "MintPress News")
 * @param author         byline
 * @param date           publication date, ISO-8601 where known
 * @param url            where the article was published
 * @param title          headline, where it is not part of the text
 */
public record ArticleMetadata(String outlet, String originalOutlet, String author, String date, String url,
                              String title) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null, null);
}
