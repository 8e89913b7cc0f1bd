package news.credibility.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.util.RawValue;

/**
 * The hash of a record: SHA-256 over the canonical JSON of everything the record holds (its
 * columns, its input and result documents as stored, its claims' filter rows) together with the
 * previous record's hash. Changing any of these, or any record before, changes it: the chain.
 */
public final class ContentHash {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private ContentHash() {
    }

    static String of(AssessmentRecord record, AssessmentDocument document, List<ClaimIndex> claims) {
        return of(record.seq(), record.kindName(), record.createdAt(), record.requestedBy(), record.ruleSetVersion(),
                record.articleId(), record.outlet(), record.textSha256(), record.claimCount(), record.corrects(),
                record.reason(), record.previousHash(), document.inputJson(), document.resultJson(), claims);
    }

    static String of(long seq, String kind, Instant createdAt, String requestedBy, String ruleSetVersion, String articleId,
                     String outlet, String textSha256, int claimCount, Long corrects, String reason, String previousHash,
                     String inputJson, String resultJson, List<ClaimIndex> claims) {
        Map<String, Object> content = new TreeMap<>();
        content.put("seq", seq);
        content.put("kind", kind);
        content.put("createdAt", createdAt.toString());
        content.put("requestedBy", requestedBy);
        content.put("ruleSetVersion", ruleSetVersion);
        content.put("articleId", articleId);
        content.put("outlet", outlet);
        content.put("textSha256", textSha256);
        content.put("claimCount", claimCount);
        content.put("corrects", corrects);
        content.put("reason", reason);
        content.put("previousHash", previousHash);
        // the documents are canonical JSON already: hashed as the very bytes stored
        content.put("input", new RawValue(inputJson));
        content.put("result", new RawValue(resultJson));
        content.put("claims", claims);
        return CanonicalJson.sha256(CanonicalJson.write(content));
    }
}
