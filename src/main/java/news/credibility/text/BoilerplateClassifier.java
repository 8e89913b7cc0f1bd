package news.credibility.text;

import java.util.List;

import news.credibility.lexicon.Lexicons;

/**
 * Splits an article's original text into BODY, HEADLINE and BOILERPLATE regions that together
 * cover every non-blank line, without changing a character.
 */
public final class BoilerplateClassifier {

    public List<Region> classify(Article article, Lexicons lexicons) {
        throw new UnsupportedOperationException("not built yet");
    }
}
