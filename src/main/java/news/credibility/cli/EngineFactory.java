package news.credibility.cli;

import java.nio.file.Path;

import news.credibility.engine.CredibilityEngine;
import news.credibility.score.RuleSetException;

/** Builds the engine for a rules folder; plain Java, so the command line starts no Spring context. */
@FunctionalInterface
public interface EngineFactory {

    CredibilityEngine create(Path rulesFolder) throws RuleSetException;

    /** The real engine: the rules folder compiled from disk and the default article reader. */
    static EngineFactory standard() {
        return CredibilityEngine::load;
    }
}
