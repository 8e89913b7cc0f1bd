package news.credibility.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the store promises, checked the same way on each database (subclasses pick it): records
 * chained in order, tampering named by verify, concurrent appends neither forked nor gapped.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// the store commits its own transactions: a test-wide transaction would hide what others see
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({AuditLog.class, ChainVerifier.class, RuleSetArchive.class})
abstract class AuditStoreContract {

    @Autowired
    AuditLog log;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyStore() {
        jdbc.update("delete from assessment_claim");
        jdbc.update("delete from assessment_document");
        jdbc.update("delete from assessment_record");
        jdbc.update("update audit_chain_head set last_seq = 0, last_hash = ?", ContentHash.GENESIS);
    }

    static RecordDraft draft(String who, int n) {
        ClaimIndex claim = new ClaimIndex("c1", 40 + n, "WEAK", 4, "ANONYMOUS", List.of("ANONYMOUS_SOURCE", "HEDGED"),
                List.of("Every claim starts from the baseline", "An unnamed source"));
        Map<String, Object> input = Map.of("id", "article-" + n, "text", "Officials said " + n + " things, sources say.");
        Map<String, Object> result = Map.of("ruleSetVersion", "abc123def456", "claims", List.of(Map.of("id", "c1", "score", 40 + n)));
        return new RecordDraft(RecordKind.ARTICLE, who, "abc123def456", "article-" + n, "The Daily Example",
                CanonicalJson.sha256("text " + n), input, result, List.of(claim), null, null);
    }

    @Test
    void recordsAreNumberedFromOneAndEachCarriesTheHashOfTheOneBefore() {
        AssessmentRecord first = log.append(draft("analyst", 1));
        AssessmentRecord second = log.append(draft("analyst", 2));
        AssessmentRecord third = log.append(draft("author", 3));

        assertThat(List.of(first.seq(), second.seq(), third.seq())).containsExactly(1L, 2L, 3L);
        assertThat(first.previousHash()).isEqualTo(ContentHash.GENESIS);
        assertThat(second.previousHash()).isEqualTo(first.contentHash());
        assertThat(third.previousHash()).isEqualTo(second.contentHash());
        assertThat(third.contentHash()).matches("[0-9a-f]{64}").isNotEqualTo(second.contentHash());
        ChainReport report = verifier.verify();
        assertThat(report.intact()).as(String.valueOf(report.problem())).isTrue();
        assertThat(report.verified()).isEqualTo(3);
        assertThat(report.lastHash()).isEqualTo(third.contentHash());
    }

    @Test
    void anAlteredResultIsNamedByVerify() {
        appendFive();
        jdbc.update("update assessment_document set result_json = replace(result_json, '43', '93') where record_seq = 3");

        assertBrokenAt(3, "content does not match its hash");
    }

    @Test
    void anAlteredColumnOrClaimRowIsNamedByVerify() {
        appendFive();
        jdbc.update("update assessment_record set requested_by = 'someone-else' where seq = 4");
        assertBrokenAt(4, "content does not match its hash");

        emptyStore();
        appendFive();
        jdbc.update("update assessment_claim set band = 'STRONG' where record_seq = 2");
        assertBrokenAt(2, "content does not match its hash");
    }

    @Test
    void aRecordRewrittenWithAFreshHashIsCaughtByTheNextOne() {
        appendFive();
        jdbc.update("update assessment_record set content_hash = ? where seq = 2", "f".repeat(64));

        assertBrokenAt(2, "content does not match its hash");
        jdbc.update("update assessment_record set previous_hash = ? where seq = 3", "f".repeat(64));
        // record 2 still fails first: verify names the first record that does not match
        assertBrokenAt(2, "content does not match its hash");
    }

    @Test
    void aRemovedRecordIsNamed() {
        appendFive();
        jdbc.update("delete from assessment_claim where record_seq = 3");
        jdbc.update("delete from assessment_document where record_seq = 3");
        jdbc.update("delete from assessment_record where seq = 3");
        assertBrokenAt(4, "record 3 is missing", 2);

        emptyStore();
        appendFive();
        jdbc.update("delete from assessment_claim where record_seq = 5");
        jdbc.update("delete from assessment_document where record_seq = 5");
        jdbc.update("delete from assessment_record where seq = 5");
        assertBrokenAt(5, "removed from the end", 4);
    }

    @Test
    void concurrentAppendsNeitherForkNorLeaveGaps() throws Exception {
        int threads = 8;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Long>> tasks = new ArrayList<>();
            for (int t = 0; t < threads * each; t++) {
                int n = t;
                tasks.add(() -> log.append(draft("analyst-" + (n % threads), n)).seq());
            }
            List<Long> seqs = new ArrayList<>();
            for (Future<Long> f : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                seqs.add(f.get());
            }
            assertThat(seqs).doesNotHaveDuplicates().hasSize(threads * each);
            assertThat(seqs.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(threads * each);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(distinct previous_hash) from assessment_record", Long.class))
                .as("no two records chained to the same predecessor").isEqualTo((long) threads * each);
        ChainReport report = verifier.verify();
        assertThat(report.intact()).as(String.valueOf(report.problem())).isTrue();
        assertThat(report.verified()).isEqualTo(threads * each);
    }

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            log.append(draft("analyst", i));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    private void assertBrokenAt(long seq, String problem) {
        assertBrokenAt(seq, problem, seq - 1);
    }

    private void assertBrokenAt(long seq, String problem, long verified) {
        ChainReport report = verifier.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.firstMismatch()).isEqualTo(seq);
        assertThat(report.problem()).contains(problem);
        assertThat(report.verified()).isEqualTo(verified);
    }
}
