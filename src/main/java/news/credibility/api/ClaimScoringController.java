package news.credibility.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import news.credibility.engine.CredibilityEngine;

/** Score claims that another pipeline extracted, arriving as facts. */
@RestController
@Tag(name = "Claims", description = "Score claims extracted elsewhere")
class ClaimScoringController {

    private final CredibilityEngine engine;

    ClaimScoringController(CredibilityEngine engine) {
        this.engine = engine;
    }

    @PostMapping(path = "/api/claims/score", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Score claims supplied as facts (source type, source name, signals)",
            description = "Claims come back in the order given, each with score, band, grade and trace. "
                    + "Unknown fields and unknown enum values are refused with 400.")
    ScoringView score(@RequestBody ClaimScoringRequest request) {
        return Views.scoring(engine.scoreClaims(request.text(), ClaimFactsMapper.claims(request)), request.text());
    }
}
