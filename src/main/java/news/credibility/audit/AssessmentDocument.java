package news.credibility.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The heavy part of a record, apart so that lists and filters never read it: the input and the
 * result exactly as answered, each as canonical JSON ({@link CanonicalJson}), the bytes its hash covers.
 */
@Entity
@Table(name = "assessment_document")
public class AssessmentDocument {

    @Id
    @Column(name = "record_seq")
    private long recordSeq;
    @Column(name = "input_json", nullable = false, columnDefinition = "text")
    private String inputJson;
    @Column(name = "result_json", nullable = false, columnDefinition = "text")
    private String resultJson;

    protected AssessmentDocument() {
    }

    AssessmentDocument(long recordSeq, String inputJson, String resultJson) {
        this.recordSeq = recordSeq;
        this.inputJson = inputJson;
        this.resultJson = resultJson;
    }

    public long recordSeq() {
        return recordSeq;
    }

    public String inputJson() {
        return inputJson;
    }

    public String resultJson() {
        return resultJson;
    }
}
