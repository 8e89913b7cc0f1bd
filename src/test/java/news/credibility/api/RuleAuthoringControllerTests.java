package news.credibility.api;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import news.credibility.authoring.CheckReport;
import news.credibility.authoring.ClaimChange;
import news.credibility.authoring.DiffReport;
import news.credibility.authoring.Finding;
import news.credibility.authoring.RuleWorkbench;
import news.credibility.authoring.WorkbenchInputException;
import news.credibility.score.Band;
import news.credibility.score.RuleProblem;
import news.credibility.score.RuleSetException;

@WebMvcTest(RuleAuthoringController.class)
@Import(WebSlice.class)
class RuleAuthoringControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RuleWorkbench workbench;

    @Test
    void checkAnswersWhetherTheFolderMayGoLiveWithEveryFinding() throws Exception {
        when(workbench.check()).thenReturn(new CheckReport("rules", null, 0, List.of(
                new Finding(Finding.Severity.WARNING, "lexicons/hedges.txt", 6, null, "'alleged' is also in cue-verbs.txt"),
                new Finding(Finding.Severity.ERROR, "hedging.drl", 12, "Hedged wording", "@weight(150) is outside -100..100"))));
        mvc.perform(get("/api/rules/check").with(httpBasic("author", "author")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.errors").value(1))
                .andExpect(jsonPath("$.warnings").value(1))
                .andExpect(jsonPath("$.findings[0].severity").value("ERROR"))
                .andExpect(jsonPath("$.findings[0].file").value("hedging.drl"))
                .andExpect(jsonPath("$.findings[0].line").value(12))
                .andExpect(jsonPath("$.findings[0].rule").value("Hedged wording"));
    }

    @Test
    void diffAnswersTheImpactWithBothTraces() throws Exception {
        when(workbench.diff("live", "seeds")).thenReturn(new DiffReport("aaa (live)", "bbb (rules folder on the server)", 2, 49, false, 0,
                List.of(new ClaimChange("002_x", "c18", "to hold a vision", 55, 45, Band.MODERATE, Band.WEAK, 3, 3,
                        List.of(" -10  Hedged wording: hedged"), List.of(" -20  Hedged wording: hedged"))),
                Map.of(-10, 11, 0, 38), List.of(new DiffReport.Firings("Hedged wording", 11, 11)), List.of(), List.of(),
                new DiffReport.Timing(900, 800, 100, 2)));
        mvc.perform(get("/api/rules/diff").with(httpBasic("author", "author")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baseline").value("aaa (live)"))
                .andExpect(jsonPath("$.changed[0].bandBefore").value("MODERATE"))
                .andExpect(jsonPath("$.changed[0].bandAfter").value("WEAK"))
                .andExpect(jsonPath("$.changed[0].traceAfter[0]").value(" -20  Hedged wording: hedged"))
                .andExpect(jsonPath("$.shifts['-10']").value(11))
                .andExpect(jsonPath("$.firings[0].rule").value("Hedged wording"));
    }

    @Test
    void aCorpusOutsideTheRootOrAnUnknownRevisionIs400NamingTheParameter() throws Exception {
        when(workbench.diff("live", "../../etc")).thenThrow(new WorkbenchInputException("corpus", "corpus \"../../etc\" is not a folder under the corpora root"));
        mvc.perform(get("/api/rules/diff").param("corpus", "../../etc").with(httpBasic("author", "author")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("corpus"));
    }

    @Test
    void aRulesFolderThatDoesNotCompileIs422WithItsProblems() throws Exception {
        when(workbench.diff("live", "seeds")).thenThrow(new RuleSetException("broken",
                List.of(new RuleProblem("hedging.drl", 15, "Hedged wording", "ClaimFact has no field 'sourceKind'"))));
        mvc.perform(get("/api/rules/diff").with(httpBasic("author", "author")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].file").value("hedging.drl"))
                .andExpect(jsonPath("$.problems[0].line").value(15));
    }
}
