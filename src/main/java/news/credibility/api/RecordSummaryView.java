package news.credibility.api;

import java.time.Instant;

import news.credibility.audit.AssessmentRecord;

/** A stored assessment in a list: who asked, when, under which rules, about what; not its documents. */
public record RecordSummaryView(long seq, String kind, Instant createdAt, String requestedBy, String ruleSetVersion,
                                String articleId, String outlet, int claimCount, Long corrects, String reason,
                                String contentHash) {

    static RecordSummaryView of(AssessmentRecord r) {
        return new RecordSummaryView(r.seq(), r.kind().name(), r.createdAt(), r.requestedBy(), r.ruleSetVersion(),
                r.articleId(), r.outlet(), r.claimCount(), r.corrects(), r.reason(), r.contentHash());
    }
}
