package news.credibility.extract;

import java.util.List;

import news.credibility.signal.Signal;
import news.credibility.text.Span;

/**
 * A claim of an article with who stands behind it and the sourcing signals found for it.
 *
 * @param id          stable within the article ("c1", "c2", ... in text order)
 * @param kind        reported, unattributed or opinion
 * @param content     the claim's content span in the original text
 * @param text        the content's text (a copy of {@code content} cut from the article, or the
 *                    text supplied by a pipeline that extracted the claim elsewhere)
 * @param sentence    the span of the sentence(s) the claim sits in
 * @param sourceType  the type of the source behind it (UNATTRIBUTED where none)
 * @param source      the linked source entity, null where unattributed
 * @param attribution the attribution relation that carries the claim, null where unattributed
 * @param signals     sourcing signals with their evidence spans
 */
public record Claim(String id, ClaimKind kind, Span content, String text, Span sentence, SourceType sourceType,
                    Source source, Attribution attribution, List<Signal> signals) {

    public Claim {
        signals = List.copyOf(signals);
    }

    public boolean has(news.credibility.signal.SignalType type) {
        return signals.stream().anyMatch(s -> s.type() == type);
    }
}
