package news.credibility.score;

import java.util.List;

/**
 * What one rule firing adds to one claim: points towards its score, or its band, or its grade.
 * Rules insert these; nothing else writes a score.
 *
 * @param claimId  the claim it is about
 * @param rule     the name of the rule that made it
 * @param points   points added to the score (0 for band and grade)
 * @param reason   why, in a readable sentence
 * @param evidence the words of the article it rests on
 * @param band     the band set, or null
 * @param grade    the Admiralty-style grade set (1-6), or null
 */
public record Contribution(String claimId, String rule, int points, String reason, List<Evidence> evidence,
                           Band band, Integer grade) {

    public Contribution {
        evidence = List.copyOf(evidence);
    }

    /** Readable, for traces. */
    public String describe() {
        return "%+d from \"%s\" for claim %s".formatted(points, rule, claimId);
    }
}
