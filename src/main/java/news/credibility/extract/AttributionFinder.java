package news.credibility.extract;

import java.util.List;

import news.credibility.lexicon.Lexicons;
import news.credibility.text.AnalyzedText;

/** Finds attribution relations (source, cue, content spans) in the sentences of an article. */
public final class AttributionFinder {

    public List<Attribution> find(AnalyzedText text, Lexicons lexicons) {
        throw new UnsupportedOperationException("not built yet");
    }
}
