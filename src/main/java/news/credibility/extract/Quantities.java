package news.credibility.extract;

import java.util.List;
import java.util.Set;

import news.credibility.text.Token;

/**
 * The quantity before a noun phrase, for {@link NounPhrases}: "some of the voters", "about 30
 * percent", "more than half". Kept apart because it widens a finished phrase leftwards by a fixed
 * word list, where the phrase walks follow tags.
 */
final class Quantities {

    private Quantities() {
    }

    /** Words that measure a part of a group: "some of the voters", "one of his aides". */
    private static final java.util.Set<String> PART_OF = java.util.Set.of("some", "many", "most", "all", "both", "none",
            "each", "several", "any", "half", "few", "one", "two", "three", "four", "five", "neither", "either");
    /** Words that make a number approximate: "about 30 percent", "nearly eight in 10". */
    private static final java.util.Set<String> ABOUT = java.util.Set.of("about", "nearly", "almost", "roughly", "around",
            "approximately", "some", "only", "just", "over", "fully");

    /**
     * The phrase starting at {@code s} with the quantity before it: "some of" / "most of" before a
     * group, "about" / "more than" / "at least" before a number. A quantity says how much of the
     * group speaks, so PolNeAR keeps it in the source.
     */
    static int quantified(List<Token> ts, int s) {
        if (s >= 2 && ts.get(s - 1).lower().equals("of") && PART_OF.contains(ts.get(s - 2).lower())) {
            s -= 2;
        }
        if (s >= 1 && ts.get(s).isPos("NUM")) {
            String w = ts.get(s - 1).lower();
            if (ABOUT.contains(w)) {
                s--;
            } else if (s >= 2 && (w.equals("than") && Set.of("more", "fewer", "less").contains(ts.get(s - 2).lower())
                    || w.equals("least") && ts.get(s - 2).lower().equals("at"))) {
                s -= 2;
            }
        }
        return s;
    }
}
