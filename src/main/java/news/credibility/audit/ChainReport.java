package news.credibility.audit;

/**
 * What a walk of the chain found.
 *
 * @param intact        every record matches and the chain is whole
 * @param verified      how many records were checked and found matching, from the first
 * @param firstMismatch the number of the first record that does not match, or null when intact
 * @param problem       what does not match, or null when intact
 * @param lastHash      the hash of the last record when intact: quote it to prove later that nothing before it changed
 */
public record ChainReport(boolean intact, long verified, Long firstMismatch, String problem, String lastHash) {

    static ChainReport intact(long verified, String lastHash) {
        return new ChainReport(true, verified, null, null, lastHash);
    }

    static ChainReport broken(long verified, long firstMismatch, String problem) {
        return new ChainReport(false, verified, firstMismatch, problem, null);
    }
}
