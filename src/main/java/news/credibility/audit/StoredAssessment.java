package news.credibility.audit;

import java.util.List;

/** A record with its input and result documents and its claims' filter rows. */
public record StoredAssessment(AssessmentRecord record, AssessmentDocument document, List<RecordedClaim> claims) {

    public StoredAssessment {
        claims = List.copyOf(claims);
    }
}
