package news.credibility.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last record's number and hash. An append locks this single row for
 * the length of its transaction, so appends from any number of threads or processes queue one
 * behind the other: numbers without gaps, every record chained to the one before.
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

    static final int ID = 1;

    @Id
    private int id;
    @Column(name = "last_seq", nullable = false)
    private long lastSeq;
    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected ChainHead() {
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }

    void advance(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
