package news.credibility.extract;

import java.util.List;

import news.credibility.text.Sentence;
import news.credibility.text.Span;

/**
 * A claim before it has an id, a linked source and signals.
 *
 * @param kind        reported, unattributed or opinion
 * @param content     what is claimed
 * @param sentence    the sentence it sits in
 * @param attribution the innermost attribution carrying it (the origin), null where unattributed
 * @param relays      outer attributions relaying the same content ("according to a report in X")
 */
public record ClaimDraft(ClaimKind kind, Span content, Sentence sentence, Attribution attribution,
                         List<Attribution> relays) {

    public ClaimDraft {
        relays = List.copyOf(relays);
    }
}
