package news.credibility.authoring;

import java.util.List;

import news.credibility.score.Band;

/**
 * What the rules must make of one claim of a case. Every field but {@code claim} is optional.
 *
 * @param claim       which claim: its id ("c1") or words of its text ("reportedly met")
 * @param fires       rules that must fire for it
 * @param doesNotFire rules that must not fire for it
 * @param band        the band it must get
 * @param grade       the grade (1-6) it must get
 * @param score       the range its score must fall in
 */
public record ClaimExpectation(String claim, List<String> fires, List<String> doesNotFire, Band band, Integer grade,
                               ScoreRange score) {

    public ClaimExpectation {
        fires = fires == null ? List.of() : List.copyOf(fires);
        doesNotFire = doesNotFire == null ? List.of() : List.copyOf(doesNotFire);
    }

    /** An inclusive score range; a missing bound is open. */
    public record ScoreRange(Integer min, Integer max) {

        boolean contains(int score) {
            return (min == null || score >= min) && (max == null || score <= max);
        }

        @Override
        public String toString() {
            return (min == null ? "0" : min) + ".." + (max == null ? "100" : max);
        }
    }
}
