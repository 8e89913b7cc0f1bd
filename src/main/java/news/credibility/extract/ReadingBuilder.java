package news.credibility.extract;

import java.util.List;

import news.credibility.lexicon.Lexicons;
import news.credibility.text.AnalyzedText;

/**
 * From attributions to a reading: types and links sources, finds the claims (reported,
 * unattributed, opinion) and their sourcing signals.
 */
public final class ReadingBuilder {

    public Reading build(AnalyzedText text, List<Attribution> attributions, Lexicons lexicons) {
        throw new UnsupportedOperationException("not built yet");
    }
}
