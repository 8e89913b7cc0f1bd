package news.credibility.api;

import news.credibility.text.Utf8;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import news.credibility.audit.AssessmentRecord;
import news.credibility.engine.Assessment;
import news.credibility.engine.CredibilityEngine;
import news.credibility.text.Article;

/** Assess an article: its claims, strongest first, each with score, band, grade and trace. */
@RestController
@Tag(name = "Assessments", description = "Read an article and score its claims")
class AssessmentController {

    private final CredibilityEngine engine;
    private final AuditRecorder recorder;

    AssessmentController(CredibilityEngine engine, AuditRecorder recorder) {
        this.engine = engine;
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assess an article given as JSON: text, optional id and metadata",
            description = "Returns the claims ranked strongest first; every span is an offset into the text sent.")
    ResponseEntity<AssessmentView> assess(@RequestBody AssessmentRequest request, Principal caller) {
        String text = requireText(request.text());
        String id = request.id() == null || request.id().isBlank() ? idOf(text) : request.id();
        return assessAndRecord(new Article(id, text, request.metadata()), caller);
    }

    @PostMapping(path = "/api/assessments", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assess an article sent as plain UTF-8 text",
            description = "A convenience for curl --data-binary @article.txt; the id is made from a hash of the text.")
    ResponseEntity<AssessmentView> assessText(@RequestBody byte[] body, Principal caller) throws Utf8.MalformedUtf8Exception {
        String text = requireText(Utf8.decode(body));
        return assessAndRecord(new Article(idOf(text), text), caller);
    }

    /** Answers only once the assessment is durably recorded; the Audit-Record header names the record. */
    private ResponseEntity<AssessmentView> assessAndRecord(Article article, Principal caller) {
        Assessment assessment = engine.assess(article);
        AssessmentView view = Views.assessment(assessment, null);
        AssessmentRecord record = recorder.assessment(caller, article, assessment, view);
        return ResponseEntity.ok().header(AuditRecorder.RECORD_HEADER, Long.toString(record.seq())).body(view);
    }

    private static String requireText(String text) {
        if (text == null) {
            throw new InvalidInputException("text", "The article's \"text\" is missing: send it in the \"text\" field.");
        }
        if (text.isBlank()) {
            throw new InvalidInputException("text", "The article's text is empty or blank: send the text to assess.");
        }
        return text;
    }

    /** A stable id for an article sent without one: the same text always gets the same id. */
    static String idOf(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "article-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
