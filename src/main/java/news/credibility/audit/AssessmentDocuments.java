package news.credibility.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The input and result documents of records. */
public interface AssessmentDocuments extends Repository<AssessmentDocument, Long> {

    Optional<AssessmentDocument> findById(Long seq);

    List<AssessmentDocument> findByRecordSeqIn(Collection<Long> seqs);
}
