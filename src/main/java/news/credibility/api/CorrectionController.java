package news.credibility.api;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import news.credibility.audit.AssessmentRecord;
import news.credibility.audit.AuditReader;
import news.credibility.audit.RecordKind;
import news.credibility.audit.StoredAssessment;
import news.credibility.engine.Assessment;
import news.credibility.engine.CredibilityEngine;
import news.credibility.text.Article;

/**
 * Corrections: the record is append-only, so a correction is a new assessment stored as a new
 * record whose {@code corrects} names the old one, with the reason; the old record stays as it was.
 */
@RestController
@Tag(name = "Assessments")
class CorrectionController {

    private final CredibilityEngine engine;
    private final AuditReader reader;
    private final AuditRecorder recorder;

    CorrectionController(CredibilityEngine engine, AuditReader reader, AuditRecorder recorder) {
        this.engine = engine;
        this.reader = reader;
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/assessments/{seq}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct a stored article assessment: assessed again (with corrected text or metadata if given) and stored as a new record pointing at the old one",
            description = "Analysts correct the records of their own requests. The answer's Audit-Record header names the new record.")
    ResponseEntity<AssessmentView> correct(@PathVariable long seq, @RequestBody CorrectionRequest request, Authentication caller) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw new InvalidInputException("reason", "Say why the record is corrected in \"reason\".");
        }
        StoredAssessment stored = reader.get(seq).filter(s -> s.record().requestedBy().equals(caller.getName()))
                .orElseThrow(() -> new RecordNotFoundException(seq));
        if (stored.record().kind() != RecordKind.ARTICLE) {
            throw new InvalidInputException("seq", "Record %d scored claims sent as facts; send the corrected claims to POST /api/claims/score."
                    .formatted(seq));
        }
        Article before = JsonMapper.shared().readValue(stored.document().inputJson(), Article.class);
        if (request.text() != null && request.text().isBlank()) {
            throw new InvalidInputException("text", "The corrected text is blank: send the text, or leave \"text\" out to keep the stored one.");
        }
        Article article = new Article(before.id(), request.text() == null ? before.text() : request.text(),
                request.metadata() == null ? before.metadata() : request.metadata());
        Assessment assessment = engine.assess(article);
        AssessmentView view = Views.assessment(assessment, null);
        AssessmentRecord record = recorder.correction((Principal) caller, seq, request.reason(), article, assessment, view);
        return ResponseEntity.ok().header(AuditRecorder.RECORD_HEADER, Long.toString(record.seq())).body(view);
    }
}
