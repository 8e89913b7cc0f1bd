package news.credibility.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rule or lexicon file's content, stored once whatever number of versions hold it. */
@Entity
@Table(name = "rule_blob")
public class RuleBlob {

    @Id
    private String sha256;
    @Column(nullable = false, columnDefinition = "text")
    private String content;

    protected RuleBlob() {
    }

    RuleBlob(String sha256, String content) {
        this.sha256 = sha256;
        this.content = content;
    }

    public String sha256() {
        return sha256;
    }

    public String content() {
        return content;
    }
}
