package news.credibility.api;

import java.util.List;

import news.credibility.extract.SourceType;

/**
 * Who stands behind a claim: the linked source entity ({@code id}, {@code name}, its mentions),
 * and {@code asWritten}, the words of the attribution that names it for this claim. For an
 * unattributed claim only {@code type} is set. Under a claim, {@code mentions} lists at most the
 * first {@link Views#MENTIONS_PER_CLAIM} ({@code mentionCount} says how many there are): a source
 * quoted in every sentence would otherwise repeat all its mentions under each of its claims, and
 * the answer would grow with the square of the article. The article's {@code sources} list them all.
 */
public record SourceView(String id, SourceType type, String name, SpanView asWritten, int mentionCount,
                         List<SpanView> mentions) {
}
