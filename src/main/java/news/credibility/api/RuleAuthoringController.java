package news.credibility.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import news.credibility.authoring.DiffReport;
import news.credibility.authoring.RuleWorkbench;
import news.credibility.authoring.WorkbenchInputException;
import news.credibility.score.RuleSetException;

/** The rule author's page: check the rules folder on the server, and preview its impact before a reload. */
@RestController
@Tag(name = "Rules", description = "The criteria and their reload")
class RuleAuthoringController {

    private final RuleWorkbench workbench;

    RuleAuthoringController(RuleWorkbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping(path = "/api/rules/check", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check the rules folder on the server as 'rules check' does (rule authors only)",
            description = "Compile errors, metadata, duplicate names, weights, lexicons, rules that can never fire, shadowed rules, "
                    + "case files: each with file, line and rule. 'passed' is false when any error would keep a reload out.")
    CheckView check() {
        return CheckView.of(workbench.check());
    }

    @GetMapping(path = "/api/rules/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What the rules folder on the server would change against the live rules or a git revision (rule authors only)",
            description = "Claims whose band or grade changed with both traces, score shifts, firings per rule, rules started and stopped.")
    ResponseEntity<?> diff(
            @Parameter(description = "\"live\" (default) or a git revision of the rules folder") @RequestParam(defaultValue = RuleWorkbench.LIVE) String baseline,
            @Parameter(description = "\"seeds\" (default) or a folder name under the configured corpora root") @RequestParam(defaultValue = "seeds") String corpus) {
        try {
            DiffReport report = workbench.diff(baseline, corpus);
            return ResponseEntity.ok(report);
        } catch (WorkbenchInputException e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        } catch (RuleSetException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The rules folder on the server does not compile (%d problem%s); fix the files named in \"problems\"."
                            .formatted(e.problems().size(), e.problems().size() == 1 ? "" : "s"));
            problem.setTitle("Rules not diffable");
            problem.setProperty("problems", List.copyOf(e.problems()));
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }
}
