package news.credibility.audit;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A scored claim of a record, kept for the claim-level filters (band, grade, source type, signal,
 * rule fired): one row per claim, written in one batch with its record. Signals and rules are
 * stored as {@code |A|B|} so that one row answers "has signal A" without a row per signal.
 */
@Entity
@Table(name = "assessment_claim")
public class RecordedClaim {

    /** The record and the claim's position in the result. */
    @Embeddable
    public record Key(@Column(name = "record_seq") long recordSeq, @Column(name = "position") int position) implements Serializable {
    }

    @EmbeddedId
    private Key id;
    @Column(name = "claim_id", nullable = false)
    private String claimId;
    private int score;
    @Column(nullable = false)
    private String band;
    private int grade;
    @Column(name = "source_type")
    private String sourceType;
    @Column(nullable = false)
    private String signals;
    @Column(nullable = false)
    private String rules;

    protected RecordedClaim() {
    }

    RecordedClaim(long recordSeq, int position, ClaimIndex claim) {
        this.id = new Key(recordSeq, position);
        this.claimId = claim.claimId();
        this.score = claim.score();
        this.band = claim.band();
        this.grade = claim.grade();
        this.sourceType = claim.sourceType();
        this.signals = ClaimIndex.joined(claim.signals());
        this.rules = ClaimIndex.joined(claim.rules());
    }

    public Key id() {
        return id;
    }

    public String claimId() {
        return claimId;
    }

    public int score() {
        return score;
    }

    public String band() {
        return band;
    }

    public int grade() {
        return grade;
    }

    public String sourceType() {
        return sourceType;
    }

    public String signals() {
        return signals;
    }

    public String rules() {
        return rules;
    }
}
