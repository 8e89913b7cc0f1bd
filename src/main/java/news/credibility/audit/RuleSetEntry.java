package news.credibility.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rule set version whose files are archived (listed in {@link RuleSetFile}). */
@Entity
@Table(name = "rule_set")
public class RuleSetEntry {

    @Id
    private String version;
    @Column(name = "archived_at", nullable = false)
    private Instant archivedAt;

    protected RuleSetEntry() {
    }

    RuleSetEntry(String version, Instant archivedAt) {
        this.version = version;
        this.archivedAt = archivedAt;
    }

    public String version() {
        return version;
    }

    public Instant archivedAt() {
        return archivedAt;
    }
}
