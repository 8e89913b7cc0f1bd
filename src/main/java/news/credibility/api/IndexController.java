package news.credibility.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The front door (public): where to look and how to call. */
@RestController
@Tag(name = "Index")
class IndexController {

    @GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Where to look: the endpoints, the API description and health")
    Map<String, Object> index() {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("service", "credibility engine: claims of news articles scored by rules, with traces");
        links.put("assess", "POST /api/assessments  {\"text\": \"...\"} or text/plain  (ANALYST, RULE_AUTHOR)");
        links.put("scoreClaims", "POST /api/claims/score  {\"claims\": [...]}  (ANALYST, RULE_AUTHOR)");
        links.put("criteria", "GET /api/criteria  (ANALYST, RULE_AUTHOR)");
        links.put("reload", "POST /api/rules/reload  (RULE_AUTHOR)");
        links.put("apiDocs", "/v3/api-docs");
        links.put("health", "/actuator/health");
        links.put("authentication", "HTTP Basic; users in credibility.users.* (defaults analyst/analyst, author/author, auditor/auditor)");
        return links;
    }
}
