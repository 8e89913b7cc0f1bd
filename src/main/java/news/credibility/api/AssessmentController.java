package news.credibility.api;

import news.credibility.text.Utf8;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import news.credibility.engine.CredibilityEngine;
import news.credibility.text.Article;

/** Assess an article: its claims, strongest first, each with score, band, grade and trace. */
@RestController
@Tag(name = "Assessments", description = "Read an article and score its claims")
class AssessmentController {

    private final CredibilityEngine engine;

    AssessmentController(CredibilityEngine engine) {
        this.engine = engine;
    }

    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assess an article given as JSON: text, optional id and metadata",
            description = "Returns the claims ranked strongest first; every span is an offset into the text sent.")
    AssessmentView assess(@RequestBody AssessmentRequest request) {
        String text = requireText(request.text());
        String id = request.id() == null || request.id().isBlank() ? idOf(text) : request.id();
        return Views.assessment(engine.assess(new Article(id, text, request.metadata())), null);
    }

    @PostMapping(path = "/api/assessments", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assess an article sent as plain UTF-8 text",
            description = "A convenience for curl --data-binary @article.txt; the id is made from a hash of the text.")
    AssessmentView assessText(@RequestBody byte[] body) throws Utf8.MalformedUtf8Exception {
        String text = requireText(Utf8.decode(body));
        return Views.assessment(engine.assess(new Article(idOf(text), text)), null);
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
