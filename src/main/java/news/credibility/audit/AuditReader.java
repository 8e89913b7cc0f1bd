package news.credibility.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the record: filtered pages of records (newest first, without their documents), one record
 * whole, and every record of a filter in chain order for export, a page at a time so that an
 * export of any size holds only one page in memory.
 */
@Service
public class AuditReader {

    static final int EXPORT_PAGE = 200;

    private final AssessmentRecords records;
    private final AssessmentDocuments documents;
    private final RecordedClaims claims;
    private final TransactionTemplate transactions;

    AuditReader(AssessmentRecords records, AssessmentDocuments documents, RecordedClaims claims, TransactionTemplate transactions) {
        this.records = records;
        this.documents = documents;
        this.claims = claims;
        this.transactions = transactions;
    }

    public Page<AssessmentRecord> list(RecordFilter filter, int page, int size) {
        Pageable pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "seq"));
        return transactions.execute(status -> records.findAll(filter.specification(), pageable));
    }

    public Optional<StoredAssessment> get(long seq) {
        return transactions.execute(status -> records.findById(seq).map(record -> new StoredAssessment(record,
                documents.findById(seq).orElse(null), claims.ofRecords(List.of(seq)))));
    }

    /** Hands every record of {@code filter} to {@code sink} in chain order, a page per transaction. */
    public void forEach(RecordFilter filter, Consumer<StoredAssessment> sink) {
        long after = 0;
        while (true) {
            long from = after;
            List<StoredAssessment> page = transactions.execute(status -> page(filter, from));
            page.forEach(sink);
            if (page.size() < EXPORT_PAGE) {
                return;
            }
            after = page.get(page.size() - 1).record().seq();
        }
    }

    private List<StoredAssessment> page(RecordFilter filter, long after) {
        Specification<AssessmentRecord> afterSeq = (root, query, cb) -> cb.greaterThan(root.get("seq"), after);
        List<AssessmentRecord> page = records.findBy(filter.specification().and(afterSeq),
                query -> query.sortBy(Sort.by("seq")).limit(EXPORT_PAGE).all());
        List<Long> seqs = page.stream().map(AssessmentRecord::seq).toList();
        Map<Long, AssessmentDocument> docs = documents.findByRecordSeqIn(seqs).stream()
                .collect(Collectors.toMap(AssessmentDocument::recordSeq, Function.identity()));
        Map<Long, List<RecordedClaim>> rows = claims.ofRecords(seqs).stream()
                .collect(Collectors.groupingBy(c -> c.id().recordSeq()));
        List<StoredAssessment> stored = new ArrayList<>(page.size());
        for (AssessmentRecord record : page) {
            stored.add(new StoredAssessment(record, docs.get(record.seq()), rows.getOrDefault(record.seq(), List.of())));
        }
        return stored;
    }
}
