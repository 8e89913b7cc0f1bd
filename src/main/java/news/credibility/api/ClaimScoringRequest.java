package news.credibility.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import news.credibility.extract.ClaimKind;
import news.credibility.extract.SourceType;
import news.credibility.signal.SignalType;

/**
 * Claims extracted by another pipeline, arriving as facts to be scored by the live rules.
 *
 * @param text   optional: the article's text, when the claims' spans point into it
 * @param claims at least one claim
 */
public record ClaimScoringRequest(
        @Schema(description = "optional: the original text that content and evidence offsets point into")
        String text,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        List<ClaimFacts> claims) {

    /**
     * One claim: {@code kind} defaults to REPORTED (UNATTRIBUTED when {@code sourceType} is absent or
     * UNATTRIBUTED); claims with the same {@code sourceName} share one source, as in an article.
     */
    public record ClaimFacts(
            @Schema(description = "the claim's id; c1, c2, ... in the order given when absent") String id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "what is claimed") String text,
            ClaimKind kind,
            @Schema(description = "UNATTRIBUTED when absent") SourceType sourceType,
            @Schema(description = "the source's name as written, e.g. \"a source familiar with the meeting\"") String sourceName,
            @Schema(description = "optional offsets of the claim in text") Offsets content,
            List<SignalFacts> signals) {
    }

    /** A sourcing signal of a claim; {@code evidence} offsets need {@code text}. */
    public record SignalFacts(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SignalType type, String detail,
                              Offsets evidence) {
    }

    /** A half-open range {@code [start, end)} of the request's text. */
    public record Offsets(int start, int end) {
    }
}
