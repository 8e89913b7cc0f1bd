package news.credibility.audit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The claims' filter rows of records. */
public interface RecordedClaims extends Repository<RecordedClaim, RecordedClaim.Key> {

    @Query("select c from RecordedClaim c where c.id.recordSeq in :seqs order by c.id.recordSeq, c.id.position")
    List<RecordedClaim> ofRecords(@Param("seqs") Collection<Long> seqs);
}
