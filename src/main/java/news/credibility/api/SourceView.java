package news.credibility.api;

import java.util.List;

import news.credibility.extract.SourceType;

/**
 * Who stands behind a claim: the linked source entity ({@code id}, {@code name}, every mention),
 * and {@code asWritten}, the words of the attribution that names it for this claim. For an
 * unattributed claim only {@code type} is set.
 */
public record SourceView(String id, SourceType type, String name, SpanView asWritten, List<SpanView> mentions) {
}
