package news.credibility.score;

import java.nio.file.Path;
import java.util.List;

import news.credibility.extract.Claim;
import news.credibility.lexicon.Lexicons;

/**
 * One compiled, immutable version of the rules folder: DRL rules and lexicons together. Its
 * version is a hash of every rule and lexicon file's name and content.
 */
public final class RuleSet {

    public String version() {
        throw new UnsupportedOperationException("not built yet");
    }

    public Path folder() {
        throw new UnsupportedOperationException("not built yet");
    }

    public Lexicons lexicons() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Every rule with its metadata, in file then definition order. */
    public List<RuleInfo> rules() {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Scores claims. {@code text} is the article's original text the claims' spans point into, or
     * null for claims supplied as facts without text. Thread-safe.
     */
    public ScoringResult score(String text, List<Claim> claims) {
        throw new UnsupportedOperationException("not built yet");
    }
}
