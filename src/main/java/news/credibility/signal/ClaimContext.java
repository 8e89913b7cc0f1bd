package news.credibility.signal;

import java.util.List;

import news.credibility.extract.Attribution;
import news.credibility.extract.ClaimDraft;
import news.credibility.extract.Source;
import news.credibility.extract.SourceMention;
import news.credibility.extract.SourceType;
import news.credibility.extract.SourcingLexicons;
import news.credibility.text.Span;

/**
 * What a signal detector may look at for one claim: the text, the claim, its origin's source and
 * mention, the mentions of the outer attributions relaying it, and the outlet publishing the article.
 */
public record ClaimContext(String text, ClaimDraft claim, Source source, SourceMention mention,
                           List<SourceMention> relays, String articleOutlet, SourcingLexicons lex) {

    public ClaimContext {
        relays = List.copyOf(relays);
    }

    public Attribution attribution() {
        return claim.attribution();
    }

    public SourceType sourceType() {
        return source == null ? SourceType.UNATTRIBUTED : source.type();
    }

    /** The words a claim's sourcing is read from: its content and cue, or its sentence. */
    public Span scope() {
        Attribution a = attribution();
        return a == null ? claim.sentence().span() : claim.content().union(a.cue());
    }
}
