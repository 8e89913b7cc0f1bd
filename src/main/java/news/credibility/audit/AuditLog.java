package news.credibility.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends records to the chain. An append returns only once its transaction has committed, so a
 * caller that answers after it never acknowledges an assessment the store does not hold. Appends
 * are serialised twice over: a lock in this process (threads queue here instead of in the
 * database) and the chain head's row lock (processes sharing one database queue there).
 */
@Service
public class AuditLog {

    private final EntityManager entities;
    private final ChainHeads heads;
    private final TransactionTemplate transactions;
    private final ReentrantLock appending = new ReentrantLock(true);

    AuditLog(EntityManager entities, ChainHeads heads, TransactionTemplate transactions) {
        this.entities = entities;
        this.heads = heads;
        this.transactions = transactions;
    }

    /** Stores {@code draft} as the next record of the chain and returns it, committed. */
    public AssessmentRecord append(RecordDraft draft) {
        // serialising the documents is the costly part: done before queueing for the chain
        String input = CanonicalJson.write(draft.input());
        String result = CanonicalJson.write(draft.result());
        appending.lock();
        try {
            return transactions.execute(status -> appendLocked(draft, input, result));
        } finally {
            appending.unlock();
        }
    }

    private AssessmentRecord appendLocked(RecordDraft draft, String input, String result) {
        ChainHead head = heads.lock();
        long seq = head.lastSeq() + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String hash = ContentHash.of(seq, draft.kind().name(), now, draft.requestedBy(), draft.ruleSetVersion(),
                draft.articleId(), draft.outlet(), draft.textSha256(), draft.claims().size(), draft.corrects(),
                draft.reason(), head.lastHash(), input, result, draft.claims());
        AssessmentRecord record = new AssessmentRecord(seq, draft, now, head.lastHash(), hash);
        entities.persist(record);
        entities.persist(new AssessmentDocument(seq, input, result));
        for (int i = 0; i < draft.claims().size(); i++) {
            entities.persist(new RecordedClaim(seq, i, draft.claims().get(i)));
        }
        head.advance(seq, hash);
        return record;
    }
}
