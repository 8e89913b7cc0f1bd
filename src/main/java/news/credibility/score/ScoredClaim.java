package news.credibility.score;

import news.credibility.extract.Claim;

/**
 * A claim with its score (0-100), band, Admiralty-style information credibility grade (1 confirmed
 * by independent sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be
 * judged) and the trace that explains them.
 */
public record ScoredClaim(Claim claim, int score, Band band, int grade, String gradeLabel, Trace trace) {
}
