package news.credibility.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import news.credibility.engine.CredibilityEngine;
import news.credibility.score.ReloadResult;

/** The criteria of the live rule set, and their reload from the rules folder on the server. */
@RestController
@Tag(name = "Rules", description = "The criteria and their reload")
class RulesController {

    private static final Logger log = LoggerFactory.getLogger(RulesController.class);

    private final CredibilityEngine engine;

    RulesController(CredibilityEngine engine) {
        this.engine = engine;
    }

    @GetMapping(path = "/api/criteria", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the rules with their description, weight and standard, and the rule set version")
    CriteriaView criteria() {
        // one snapshot, so that version and rules always belong together even during a reload
        var ruleSet = engine.rules().current();
        return new CriteriaView(ruleSet.version(), ruleSet.rules().stream().map(CriterionView::of).toList());
    }

    @PostMapping(path = "/api/rules/reload", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Recompile the rules folder on the server and swap it in (rule authors only)",
            description = "Takes no body: rules are never accepted over HTTP. On failure the previous rules stay live.")
    @ApiResponse(responseCode = "200", description = "the new rule set is live",
            content = @Content(schema = @Schema(implementation = ReloadResult.class)))
    @ApiResponse(responseCode = "422", description = "the rules folder does not compile; the previous rules stay live",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<?> reload(@RequestBody(required = false) byte[] body) {
        if (body != null && body.length > 0) {
            throw new InvalidInputException("body", "Reload takes no body: edit the files of the rules folder on the server, then call reload.");
        }
        ReloadResult result = engine.rules().reload();
        if (result.success()) {
            log.info("Rules reloaded: version {} -> {}", result.previousVersion(), result.liveVersion());
            return ResponseEntity.ok(result);
        }
        log.warn("Rules reload failed, version {} stays live: {}", result.liveVersion(), result.problems());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The rules folder does not compile (%d problem%s); version %s stays live. Fix the files named in \"problems\" and reload."
                        .formatted(result.problems().size(), result.problems().size() == 1 ? "" : "s", result.liveVersion()));
        problem.setTitle("Rules not reloaded");
        problem.setProperty("previousVersion", result.previousVersion());
        problem.setProperty("liveVersion", result.liveVersion());
        problem.setProperty("problems", List.copyOf(result.problems()));
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
