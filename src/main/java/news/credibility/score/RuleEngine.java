package news.credibility.score;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the live rule set compiled from a rules folder on disk and swaps it atomically on reload:
 * a reload that fails to compile leaves the previous rule set live; scoring in flight finishes on
 * the rule set it started with (each {@link RuleSet} is immutable).
 */
public final class RuleEngine {

    private final Path folder;
    private final AtomicReference<RuleSet> live;
    private volatile ReloadGate gate = ReloadGate.NONE;
    private final List<Consumer<RuleSet>> swapListeners = new CopyOnWriteArrayList<>();

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

    /**
     * From now on a reload puts a rule set live only when {@code gate} finds no problem in it (the
     * service installs the rule authors' checks and test cases; by default every rule set that
     * compiles goes live).
     */
    public void gateReloadsWith(ReloadGate gate) {
        this.gate = java.util.Objects.requireNonNull(gate, "gate");
    }

    /**
     * Calls {@code listener} with each rule set a reload puts live, right after the swap (the audit
     * archives its files while they are still the ones compiled). A listener must not throw.
     */
    public void afterSwap(Consumer<RuleSet> listener) {
        swapListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Recompiles the folder from disk, lets the gate vet the candidate, and swaps only when it
     * compiles and passes; otherwise the live rule set stays and the result says why. Never throws
     * for a broken rule set.
     */
    public synchronized ReloadResult reload() {
        String previous = live.get().version();
        try {
            RuleSet next = RuleSet.load(folder);
            List<RuleProblem> refused = gate.vet(next);
            if (!refused.isEmpty()) {
                return new ReloadResult(false, previous, previous, refused);
            }
            live.set(next);
            swapListeners.forEach(listener -> listener.accept(next));
            return new ReloadResult(true, previous, next.version(), List.of());
        } catch (RuleSetException e) {
            return new ReloadResult(false, previous, previous, e.problems());
        } catch (RuntimeException e) {
            // the compiler or a check failing is still the author's rule set failing to load: keep the old one
            return new ReloadResult(false, previous, previous,
                    List.of(new RuleProblem(folder.toString(), 0, null, "the rules could not be compiled: " + e.getMessage())));
        }
    }

    /** The rules folder this engine reloads from. */
    public Path folder() {
        return folder;
    }
}
