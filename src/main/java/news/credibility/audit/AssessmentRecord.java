package news.credibility.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stored assessment: who asked, when, under which rule set version, with the columns the
 * filters need. Its input and result are in {@link AssessmentDocument}; its claims, for filtering,
 * in {@link RecordedClaim}. Never updated: the content hash and the previous record's hash chain
 * it to the record before ({@link ContentHash}).
 */
@Entity
@Table(name = "assessment_record")
public class AssessmentRecord {

    @Id
    private long seq;
    @Column(nullable = false)
    private String kind;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "rule_set_version", nullable = false)
    private String ruleSetVersion;
    @Column(name = "article_id")
    private String articleId;
    private String outlet;
    @Column(name = "text_sha256")
    private String textSha256;
    @Column(name = "claim_count", nullable = false)
    private int claimCount;
    private Long corrects;
    private String reason;
    @Column(name = "previous_hash", nullable = false)
    private String previousHash;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    protected AssessmentRecord() {
    }

    AssessmentRecord(long seq, RecordDraft draft, Instant createdAt, String previousHash, String contentHash) {
        this.seq = seq;
        this.kind = draft.kind().name();
        this.createdAt = createdAt;
        this.requestedBy = draft.requestedBy();
        this.ruleSetVersion = draft.ruleSetVersion();
        this.articleId = draft.articleId();
        this.outlet = draft.outlet();
        this.textSha256 = draft.textSha256();
        this.claimCount = draft.claims().size();
        this.corrects = draft.corrects();
        this.reason = draft.reason();
        this.previousHash = previousHash;
        this.contentHash = contentHash;
    }

    public long seq() {
        return seq;
    }

    public RecordKind kind() {
        return RecordKind.valueOf(kind);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    public String articleId() {
        return articleId;
    }

    public String outlet() {
        return outlet;
    }

    public String textSha256() {
        return textSha256;
    }

    public int claimCount() {
        return claimCount;
    }

    public Long corrects() {
        return corrects;
    }

    public String reason() {
        return reason;
    }

    public String previousHash() {
        return previousHash;
    }

    public String contentHash() {
        return contentHash;
    }

    /** The kind as stored, even when it is not a known kind (a tampered row must still be readable). */
    String kindName() {
        return kind;
    }
}
