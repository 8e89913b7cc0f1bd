package news.credibility.extract;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one try of a property over a generated text, without a property-testing library: the try's
 * {@link Random} is seeded from a fixed base seed and the try number, so a failure is reproduced
 * from the seed it reports. On failure the text is shortened while the property still fails
 * (removing halves, then quarters, ... down to single chars) and both texts are reported escaped as
 * Java literals, ready to paste into an example test.
 */
final class SeededTrials {

    /** Fixed, so every run checks the same texts; change it to explore new ones. */
    static final long BASE_SEED = 0x5EED_2026_0003L;

    /** Bounds the shortening, so a failure on a long text is still reported in seconds. */
    private static final int MAX_SHORTENING_RUNS = 2_000;

    private SeededTrials() {
    }

    static long seed(int tryNumber) {
        return BASE_SEED + tryNumber;
    }

    /** Generates the try's text from its seed and checks it; a failure names the seed and shows the texts. */
    static void check(String property, int tryNumber, Function<Random, String> generator, Consumer<String> check) {
        long seed = seed(tryNumber);
        String text = generator.apply(new Random(seed));
        Throwable failure = failure(check, text);
        if (failure == null) {
            return;
        }
        String shortest = shorten(text, check);
        Throwable shortestFailure = failure(check, shortest);
        throw new AssertionError(String.format(
                "%s failed on try %d, seed %dL (regenerate with new Random(%dL)):%n  text:     %s%n  failure:  %s%n"
                        + "  shortest failing text (%d of %d chars): %s%n  its failure: %s",
                property, tryNumber, seed, seed, escape(text), failure, shortest.length(), text.length(), escape(shortest),
                shortestFailure), failure);
    }

    private static Throwable failure(Consumer<String> check, String text) {
        try {
            check.accept(text);
            return null;
        } catch (Throwable t) { // any exception or failed assertion counts: extraction must never throw
            return t;
        }
    }

    /** Greedy delta removal: drop chunks of the text while it still fails, halving the chunk size down to one char. */
    static String shorten(String text, Consumer<String> check) {
        String current = text;
        int runs = 0;
        for (int chunk = Math.max(1, current.length() / 2); chunk >= 1 && runs < MAX_SHORTENING_RUNS; chunk /= 2) {
            int at = 0;
            while (at < current.length() && runs < MAX_SHORTENING_RUNS) {
                String candidate = current.substring(0, at) + current.substring(Math.min(current.length(), at + chunk));
                runs++;
                if (failure(check, candidate) != null) {
                    current = candidate;
                } else {
                    at += chunk;
                }
            }
        }
        return current;
    }

    /** The text as a Java string literal: printable ASCII as is, everything else as a unicode escape. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c >= ' ' && c <= '~' ? String.valueOf(c) : String.format("\\u%04X", (int) c));
            }
        }
        return b.append('"').toString();
    }
}
