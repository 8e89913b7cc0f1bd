package news.credibility.api;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import news.credibility.audit.AssessmentRecord;
import news.credibility.engine.CredibilityEngine;
import news.credibility.score.ScoringResult;

/** Score claims that another pipeline extracted, arriving as facts. */
@RestController
@Tag(name = "Claims", description = "Score claims extracted elsewhere")
class ClaimScoringController {

    private final CredibilityEngine engine;
    private final AuditRecorder recorder;

    ClaimScoringController(CredibilityEngine engine, AuditRecorder recorder) {
        this.engine = engine;
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/claims/score", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Score claims supplied as facts (source type, source name, signals)",
            description = "Claims come back in the order given, each with score, band, grade and trace. "
                    + "Unknown fields and unknown enum values are refused with 400.")
    ResponseEntity<ScoringView> score(@RequestBody ClaimScoringRequest request, Principal caller) {
        ScoringResult result = engine.scoreClaims(request.text(), ClaimFactsMapper.claims(request));
        ScoringView view = Views.scoring(result, request.text());
        // answered only once recorded; the Audit-Record header names the record
        AssessmentRecord record = recorder.scoring(caller, request, result, view);
        return ResponseEntity.ok().header(AuditRecorder.RECORD_HEADER, Long.toString(record.seq())).body(view);
    }
}
