package news.credibility.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Stored records: read only, by number, in ranges, or filtered ({@link RecordFilter}). Appends go through {@link AuditLog}. */
public interface AssessmentRecords extends Repository<AssessmentRecord, Long>, JpaSpecificationExecutor<AssessmentRecord> {

    java.util.Optional<AssessmentRecord> findById(Long seq);

    /** Records from {@code fromSeq} on, in chain order: the walk of verify and export. */
    @Query("select r from AssessmentRecord r where r.seq >= :fromSeq order by r.seq")
    List<AssessmentRecord> fromSeq(@Param("fromSeq") long fromSeq, Pageable limit);

    long count();
}
