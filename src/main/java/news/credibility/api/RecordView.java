package news.credibility.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import news.credibility.audit.StoredAssessment;

/**
 * One stored assessment whole: what was asked ({@code input}: the article's id, text and metadata,
 * or the claims as sent), what was answered ({@code result}: the claims with scores and full
 * traces, exactly as the caller received them), and the hashes that chain it.
 */
public record RecordView(long seq, String kind, Instant createdAt, String requestedBy, String ruleSetVersion,
                         String articleId, String outlet, String textSha256, Long corrects, String reason,
                         String previousHash, String contentHash, @JsonRawValue String input, @JsonRawValue String result) {

    static RecordView of(StoredAssessment stored) {
        var r = stored.record();
        var doc = stored.document();
        return new RecordView(r.seq(), r.kind().name(), r.createdAt(), r.requestedBy(), r.ruleSetVersion(), r.articleId(),
                r.outlet(), r.textSha256(), r.corrects(), r.reason(), r.previousHash(), r.contentHash(),
                doc == null ? null : doc.inputJson(), doc == null ? null : doc.resultJson());
    }
}
