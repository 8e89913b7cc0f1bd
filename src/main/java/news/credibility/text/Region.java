package news.credibility.text;

/** A classified stretch of the original text; {@code reason} says why it was classified so. */
public record Region(Span span, RegionKind kind, String reason) {
}
