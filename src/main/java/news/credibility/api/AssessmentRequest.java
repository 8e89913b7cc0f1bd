package news.credibility.api;

import io.swagger.v3.oas.annotations.media.Schema;

import news.credibility.text.ArticleMetadata;

/** An article to assess: its text (UTF-8, not blank), an optional id and optional metadata. */
public record AssessmentRequest(
        @Schema(description = "the article's text; every span of the answer is an offset into it", requiredMode = Schema.RequiredMode.REQUIRED)
        String text,
        @Schema(description = "the article's id; when absent, one is made from a hash of the text")
        String id,
        @Schema(description = "outlet, originalOutlet (of a cross-post), author, date, url, title: all optional")
        ArticleMetadata metadata) {
}
