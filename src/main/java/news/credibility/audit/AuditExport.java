package news.credibility.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import tools.jackson.databind.util.RawValue;

/**
 * A selection of records written out as it is read, a page at a time: JSON Lines (one record a
 * line, whole, with its input, result and hashes) or CSV (one claim a row, for a spreadsheet).
 */
@Service
public class AuditExport {

    static final List<String> CSV_COLUMNS = List.of("seq", "created_at", "requested_by", "kind", "rule_set_version",
            "article_id", "outlet", "claim_id", "score", "band", "grade", "source_type", "signals", "rules_fired",
            "corrects", "content_hash");

    private final AuditReader reader;

    AuditExport(AuditReader reader) {
        this.reader = reader;
    }

    public void jsonLines(RecordFilter filter, Writer out) {
        reader.forEach(filter, stored -> line(out, CanonicalJson.write(json(stored))));
    }

    public void csv(RecordFilter filter, Writer out) {
        line(out, String.join(",", CSV_COLUMNS));
        reader.forEach(filter, stored -> {
            AssessmentRecord r = stored.record();
            for (RecordedClaim c : stored.claims()) {
                ClaimIndex claim = ChainVerifier.index(c);
                line(out, Csv.row(r.seq(), r.createdAt(), r.requestedBy(), r.kindName(), r.ruleSetVersion(), r.articleId(),
                        r.outlet(), claim.claimId(), claim.score(), claim.band(), claim.grade(), claim.sourceType(),
                        String.join(" ", claim.signals()), String.join("; ", claim.rules()), r.corrects(), r.contentHash()));
            }
        });
    }

    /** A record whole as one JSON object, its documents embedded as stored. */
    static Map<String, Object> json(StoredAssessment stored) {
        AssessmentRecord r = stored.record();
        Map<String, Object> json = new TreeMap<>();
        json.put("seq", r.seq());
        json.put("kind", r.kindName());
        json.put("createdAt", r.createdAt().toString());
        json.put("requestedBy", r.requestedBy());
        json.put("ruleSetVersion", r.ruleSetVersion());
        json.put("articleId", r.articleId());
        json.put("outlet", r.outlet());
        json.put("textSha256", r.textSha256());
        json.put("corrects", r.corrects());
        json.put("reason", r.reason());
        json.put("previousHash", r.previousHash());
        json.put("contentHash", r.contentHash());
        json.put("input", stored.document() == null ? null : new RawValue(stored.document().inputJson()));
        json.put("result", stored.document() == null ? null : new RawValue(stored.document().resultJson()));
        return json;
    }

    private static void line(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("the export could not be written (the client went away?)", e);
        }
    }
}
