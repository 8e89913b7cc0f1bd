package news.credibility.score;

import java.nio.file.Path;

/**
 * Holds the live rule set compiled from a rules folder on disk and swaps it atomically on reload:
 * a reload that fails to compile leaves the previous rule set live; scoring in flight finishes on
 * the rule set it started with.
 */
public final class RuleEngine {

    /** Compiles the rules folder; throws with file, line and rule for every problem. */
    public static RuleEngine load(Path rulesFolder) throws RuleSetException {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The live rule set. */
    public RuleSet current() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Recompiles the folder from disk and swaps on success. Never throws for a broken rule set. */
    public ReloadResult reload() {
        throw new UnsupportedOperationException("not built yet");
    }
}
