package news.credibility.api;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import news.credibility.engine.CredibilityEngine;
import news.credibility.score.ReloadResult;
import news.credibility.score.RuleEngine;
import news.credibility.score.RuleProblem;
import news.credibility.score.RuleSet;

@WebMvcTest(RulesController.class)
@Import(WebSlice.class)
class RulesControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CredibilityEngine engine;

    RuleEngine rules = mock(RuleEngine.class);
    RuleSet ruleSet = mock(RuleSet.class);

    @BeforeEach
    void liveRules() {
        when(engine.rules()).thenReturn(rules);
        when(rules.current()).thenReturn(ruleSet);
        when(ruleSet.version()).thenReturn(Fixtures.VERSION);
        when(ruleSet.rules()).thenReturn(List.of(Fixtures.NAMED_OFFICIAL_RULE, Fixtures.DENIAL_RULE));
    }

    @Test
    void criteriaListTheRulesWithTheirMetadataAndVersion() throws Exception {
        mvc.perform(get("/api/criteria").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSetVersion").value(Fixtures.VERSION))
                .andExpect(jsonPath("$.rules.length()").value(2))
                .andExpect(jsonPath("$.rules[0].rule").value("Named official on the record"))
                .andExpect(jsonPath("$.rules[0].file").value("attribution.drl"))
                .andExpect(jsonPath("$.rules[0].description").value("A named office holder stands behind the claim"))
                .andExpect(jsonPath("$.rules[0].weight").value(30))
                .andExpect(jsonPath("$.rules[0].standard").value("Reuters Handbook of Journalism"))
                .andExpect(jsonPath("$.rules[1].standard").doesNotExist());
    }

    @Test
    void aSuccessfulReloadReportsBothVersions() throws Exception {
        when(rules.reload()).thenReturn(new ReloadResult(true, "old", "new", List.of()));
        mvc.perform(post("/api/rules/reload").with(httpBasic("author", "author")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.success").value(true))
                .andExpect(jsonPath("$.previousVersion").value("old"))
                .andExpect(jsonPath("$.liveVersion").value("new"));
    }

    @Test
    void aFailedReloadIs422NamingFileLineAndRuleWhileTheOldVersionStaysLive() throws Exception {
        when(rules.reload()).thenReturn(new ReloadResult(false, "old", "old",
                List.of(new RuleProblem("hedging.drl", 12, "Hedged claim", "unknown field 'hedge'"))));
        mvc.perform(post("/api/rules/reload").with(httpBasic("author", "author")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("version old stays live")))
                .andExpect(jsonPath("$.liveVersion").value("old"))
                .andExpect(jsonPath("$.problems[0].file").value("hedging.drl"))
                .andExpect(jsonPath("$.problems[0].line").value(12))
                .andExpect(jsonPath("$.problems[0].rule").value("Hedged claim"))
                .andExpect(jsonPath("$.problems[0].message").value("unknown field 'hedge'"));
    }

    @Test
    void reloadNeverAcceptsRulesInTheRequest() throws Exception {
        mvc.perform(post("/api/rules/reload").with(httpBasic("author", "author"))
                        .contentType(MediaType.TEXT_PLAIN).content("rule \"x\" when then end"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("takes no body")));
        verify(rules, never()).reload();
    }
}
