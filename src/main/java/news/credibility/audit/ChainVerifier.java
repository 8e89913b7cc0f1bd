package news.credibility.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the chain from the first record and names the first one that does not match: a number
 * out of sequence (a record removed or inserted), a previous hash that is not the hash of the
 * record before (a record before it rewritten with a new hash), a content hash that is not the
 * hash of what the record holds (the record itself altered), or a chain head that does not point
 * at the last record (records removed from the end).
 */
@Service
public class ChainVerifier {

    static final int PAGE = 200;

    private final AssessmentRecords records;
    private final AssessmentDocuments documents;
    private final RecordedClaims claims;
    private final ChainHeads heads;
    private final TransactionTemplate transactions;

    ChainVerifier(AssessmentRecords records, AssessmentDocuments documents, RecordedClaims claims, ChainHeads heads,
                  TransactionTemplate transactions) {
        this.records = records;
        this.documents = documents;
        this.claims = claims;
        this.heads = heads;
        this.transactions = transactions;
    }

    public ChainReport verify() {
        long expected = 1;
        String previous = ContentHash.GENESIS;
        while (true) {
            long from = expected;
            List<Checked> page = transactions.execute(status -> load(from));
            for (Checked checked : page) {
                AssessmentRecord record = checked.record();
                String problem = problem(record, checked, expected, previous);
                if (problem != null) {
                    return ChainReport.broken(expected - 1, record.seq(), problem);
                }
                previous = record.contentHash();
                expected++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        long last = expected - 1;
        ChainHead head = transactions.execute(status -> heads.read());
        if (head.lastSeq() != last || !head.lastHash().equals(previous)) {
            return ChainReport.broken(last, head.lastSeq(),
                    "the chain head names record %d with hash %s, but the chain ends at record %d with hash %s: records were removed from the end"
                            .formatted(head.lastSeq(), head.lastHash(), last, previous));
        }
        return ChainReport.intact(last, previous);
    }

    private static String problem(AssessmentRecord record, Checked checked, long expected, String previous) {
        if (record.seq() != expected) {
            return "record %d follows record %d: record %d is missing".formatted(record.seq(), expected - 1, expected);
        }
        if (!record.previousHash().equals(previous)) {
            return "its previous hash %s is not the hash of record %d (%s): an earlier record was rewritten"
                    .formatted(record.previousHash(), expected - 1, previous);
        }
        if (checked.document() == null) {
            return "its input and result document is missing";
        }
        String actual = ContentHash.of(record, checked.document(), checked.claims());
        if (!actual.equals(record.contentHash())) {
            return "its content does not match its hash (stored %s, content hashes to %s): the record was altered"
                    .formatted(record.contentHash(), actual);
        }
        return null;
    }

    private List<Checked> load(long from) {
        List<AssessmentRecord> page = records.fromSeq(from, PageRequest.of(0, PAGE));
        List<Long> seqs = page.stream().map(AssessmentRecord::seq).toList();
        Map<Long, AssessmentDocument> docs = documents.findByRecordSeqIn(seqs).stream()
                .collect(Collectors.toMap(AssessmentDocument::recordSeq, Function.identity()));
        Map<Long, List<ClaimIndex>> indexes = claims.ofRecords(seqs).stream().collect(Collectors.groupingBy(
                c -> c.id().recordSeq(), Collectors.mapping(ChainVerifier::index, Collectors.toList())));
        List<Checked> checked = new ArrayList<>(page.size());
        for (AssessmentRecord record : page) {
            checked.add(new Checked(record, docs.get(record.seq()), indexes.getOrDefault(record.seq(), List.of())));
        }
        return checked;
    }

    static ClaimIndex index(RecordedClaim claim) {
        return new ClaimIndex(claim.claimId(), claim.score(), claim.band(), claim.grade(), claim.sourceType(),
                split(claim.signals()), split(claim.rules()));
    }

    private static List<String> split(String joined) {
        return Arrays.stream(joined.split("\\" + ClaimIndex.SEPARATOR)).filter(s -> !s.isEmpty()).toList();
    }

    private record Checked(AssessmentRecord record, AssessmentDocument document, List<ClaimIndex> claims) {
    }
}
