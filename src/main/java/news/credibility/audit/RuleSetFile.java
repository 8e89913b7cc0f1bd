package news.credibility.audit;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One file of an archived rule set version: its path in the rules folder and its content's hash. */
@Entity
@Table(name = "rule_set_file")
public class RuleSetFile {

    /** The version and the file's path relative to the rules folder. */
    @Embeddable
    public record Key(@Column(name = "version") String version, @Column(name = "path") String path) implements Serializable {
    }

    @EmbeddedId
    private Key id;
    @Column(nullable = false)
    private String sha256;

    protected RuleSetFile() {
    }

    RuleSetFile(String version, String path, String sha256) {
        this.id = new Key(version, path);
        this.sha256 = sha256;
    }

    public String path() {
        return id.path();
    }

    public String sha256() {
        return sha256;
    }
}
