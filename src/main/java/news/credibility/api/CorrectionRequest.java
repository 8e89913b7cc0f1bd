package news.credibility.api;

import io.swagger.v3.oas.annotations.media.Schema;

import news.credibility.text.ArticleMetadata;

/**
 * A correction of a stored article assessment: why, and what changes. Absent fields keep the
 * stored article's; with none, the same article is assessed again under the live rules.
 */
public record CorrectionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "why the record is corrected") String reason,
        @Schema(description = "the corrected text; the stored text when absent") String text,
        @Schema(description = "the corrected metadata; the stored metadata when absent") ArticleMetadata metadata) {
}
