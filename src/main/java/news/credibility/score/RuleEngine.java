package news.credibility.score;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the live rule set compiled from a rules folder on disk and swaps it atomically on reload:
 * a reload that fails to compile leaves the previous rule set live; scoring in flight finishes on
 * the rule set it started with (each {@link RuleSet} is immutable).
 */
public final class RuleEngine {

    private final Path folder;
    private final AtomicReference<RuleSet> live;

    private RuleEngine(Path folder, RuleSet first) {
        this.folder = folder;
        this.live = new AtomicReference<>(first);
    }

    /** Compiles the rules folder; throws with file, line and rule for every problem. */
    public static RuleEngine load(Path rulesFolder) throws RuleSetException {
        return new RuleEngine(rulesFolder, RuleSet.load(rulesFolder));
    }

    /** The live rule set. */
    public RuleSet current() {
        return live.get();
    }

    /** Recompiles the folder from disk and swaps on success. Never throws for a broken rule set. */
    public synchronized ReloadResult reload() {
        String previous = live.get().version();
        try {
            RuleSet next = RuleSet.load(folder);
            live.set(next);
            return new ReloadResult(true, previous, next.version(), List.of());
        } catch (RuleSetException e) {
            return new ReloadResult(false, previous, previous, e.problems());
        } catch (RuntimeException e) {
            // the compiler itself failing is still the author's rule set failing to load: keep the old one
            return new ReloadResult(false, previous, previous,
                    List.of(new RuleProblem(folder.toString(), 0, null, "the rules could not be compiled: " + e.getMessage())));
        }
    }
}
