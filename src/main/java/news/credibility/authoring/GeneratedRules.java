package news.credibility.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import news.credibility.extract.SourceType;
import news.credibility.signal.SignalType;

/**
 * A large rule set for the benchmark: the rules folder with {@code n} more rules, each a distinct
 * criterion over a source type and two signals of the claim, weighing nothing so that scores,
 * bands and grades stay those of the default set. Two shapes:
 * <ul>
 * <li>{@link Shape#PHRASE}: the second signal must carry a given phrase, as criteria tied to words
 * of a lexicon do; like most real criteria, each applies to few claims;</li>
 * <li>{@link Shape#COMBINATION}: any claim with the source type and both signals; in an article
 * with many claims nearly every rule has facts for each of its patterns, the engine's worst case
 * (Drools evaluates every rule whose patterns all have facts, whether or not they join).</li>
 * </ul>
 */
public final class GeneratedRules {

    public static final String FILE = "generated.drl";

    public enum Shape { PHRASE, COMBINATION }

    private GeneratedRules() {
    }

    /** Writes {@code n} generated rules into {@code folder/generated.drl}. */
    public static void write(Path folder, int n, Shape shape) throws IOException {
        StringBuilder drl = new StringBuilder("""
                // Criterion: none; %d rules generated for the benchmark, each weighing nothing.
                package news.credibility.rules.generated;

                import news.credibility.score.ClaimFact;
                import news.credibility.score.SignalFact;
                import news.credibility.score.Contributions;
                import news.credibility.extract.SourceType;
                import news.credibility.signal.SignalType;
                """.formatted(n));
        SourceType[] types = SourceType.values();
        SignalType[] signals = SignalType.values();
        for (int i = 0; i < n; i++) {
            int first = (i / types.length) % signals.length;
            // the second signal differs from the first, so (type, first, second) is distinct for each of 1,000s of rules
            int second = (i / types.length / signals.length + 1 + first) % signals.length;
            String phrase = shape == Shape.PHRASE ? ", detail == \"generated phrase %d\"".formatted(i) : "";
            drl.append("""

                    rule "Generated criterion %1$d"
                        @description("generated for the benchmark") @weight(0)
                    when
                        $c : ClaimFact( sourceType == SourceType.%2$s )
                        $s : SignalFact( claimId == $c.id, type == SignalType.%3$s )
                        $t : SignalFact( claimId == $c.id, type == SignalType.%4$s%5$s )
                    then
                        Contributions.add(drools, $c, "generated %1$d", $s, $t);
                    end
                    """.formatted(i, types[i % types.length], signals[first], signals[second], phrase));
        }
        Files.writeString(folder.resolve(FILE), drl);
    }
}
