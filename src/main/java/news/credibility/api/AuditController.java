package news.credibility.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import news.credibility.audit.AuditReader;
import news.credibility.audit.ChainReport;
import news.credibility.audit.ChainVerifier;
import news.credibility.audit.RecordFilter;
import news.credibility.audit.StoredAssessment;

/**
 * The auditors' record over HTTP: find stored assessments, read one whole, verify the chain.
 * Auditors see every record; analysts see the records of their own requests.
 */
@RestController
@Tag(name = "Audit", description = "Stored assessments: find, read, verify, replay, export")
class AuditController {

    static final int MAX_PAGE_SIZE = 200;

    private final AuditReader reader;
    private final ChainVerifier verifier;
    private final Replayer replayer;

    AuditController(AuditReader reader, ChainVerifier verifier, Replayer replayer) {
        this.reader = reader;
        this.verifier = verifier;
        this.replayer = replayer;
    }

    @GetMapping(path = "/api/audit/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List stored assessments, newest first, filtered by band, grade, signal, source type, rule fired, outlet, rule set version, user, kind, dates",
            description = "Claim-level filters (band, grade, signal, sourceType, rule) must hold for one and the same claim. "
                    + "Analysts see only their own records.")
    RecordPageView list(@ModelAttribute RecordFilter filter, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "20") int size, Authentication caller) {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be 0 or more; pages count from 0.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and %d; use export for more.".formatted(MAX_PAGE_SIZE));
        }
        return RecordPageView.of(reader.list(visibleTo(caller, filter), page, size));
    }

    @GetMapping(path = "/api/audit/assessments/{seq}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read one stored assessment whole: input, result with full traces, hashes")
    RecordView get(@PathVariable long seq, Authentication caller) {
        return RecordView.of(visible(seq, caller));
    }

    @GetMapping(path = "/api/audit/assessments/{seq}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Score a stored assessment again: rules=recorded (its own rule set version: reproduces it exactly) or rules=current (differences rule by rule)")
    ReplayView replay(@PathVariable long seq, @RequestParam(defaultValue = "recorded") String rules, Authentication caller) {
        boolean recorded = switch (rules) {
            case "recorded" -> true;
            case "current" -> false;
            default -> throw new InvalidInputException("rules", "rules must be recorded or current, not '%s'.".formatted(rules));
        };
        return replayer.replay(visible(seq, caller), recorded);
    }

    @GetMapping(path = "/api/audit/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Walk the hash chain and name the first record that does not match (auditors only)")
    ChainReport verify() {
        return verifier.verify();
    }

    /** The record {@code seq} if the caller may read it; another user's record is "not found" to an analyst. */
    StoredAssessment visible(long seq, Authentication caller) {
        return reader.get(seq).filter(stored -> Roles.isAuditor(caller) || stored.record().requestedBy().equals(caller.getName()))
                .orElseThrow(() -> new RecordNotFoundException(seq));
    }

    static RecordFilter visibleTo(Authentication caller, RecordFilter filter) {
        return Roles.isAuditor(caller) ? filter : filter.askedBy(caller.getName());
    }
}
