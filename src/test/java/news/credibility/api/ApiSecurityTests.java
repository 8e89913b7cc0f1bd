package news.credibility.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.credibility.authoring.CheckReport;
import news.credibility.authoring.DiffReport;
import news.credibility.authoring.RuleWorkbench;
import news.credibility.engine.CredibilityEngine;
import news.credibility.score.ReloadResult;
import news.credibility.score.RuleEngine;
import news.credibility.score.RuleSet;

/** Every endpoint against every role: who gets in (200), who is not signed in (401), who may not (403). */
@WebMvcTest
@Import(WebSlice.class)
class ApiSecurityTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CredibilityEngine engine;

    @MockitoBean
    RuleWorkbench workbench;

    @BeforeEach
    void engineAnswers() {
        RuleEngine rules = mock(RuleEngine.class);
        RuleSet ruleSet = mock(RuleSet.class);
        when(engine.assess(any())).thenReturn(Fixtures.assessment());
        when(engine.scoreClaims(any(), anyList())).thenReturn(Fixtures.scoring());
        when(engine.rules()).thenReturn(rules);
        when(rules.current()).thenReturn(ruleSet);
        when(ruleSet.version()).thenReturn(Fixtures.VERSION);
        when(ruleSet.rules()).thenReturn(List.of(Fixtures.ANONYMOUS_RULE));
        when(rules.reload()).thenReturn(new ReloadResult(true, "a", "b", List.of()));
        when(workbench.check()).thenReturn(new CheckReport("rules", Fixtures.VERSION, 1, List.of()));
        try {
            when(workbench.diff(any(), any())).thenReturn(new DiffReport("a", "b", 0, 0, false, 0, List.of(), java.util.Map.of(), List.of(),
                    List.of(), List.of(), new DiffReport.Timing(0, 0, 0, 1)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    enum Caller { ANONYMOUS, ANALYST, AUTHOR, AUDITOR, WRONG_PASSWORD }

    enum Endpoint { ASSESS, SCORE_CLAIMS, CRITERIA, RELOAD, CHECK, DIFF }

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(Endpoint.ASSESS, Caller.ANONYMOUS, 401), Arguments.of(Endpoint.ASSESS, Caller.WRONG_PASSWORD, 401),
                Arguments.of(Endpoint.ASSESS, Caller.ANALYST, 200), Arguments.of(Endpoint.ASSESS, Caller.AUTHOR, 200),
                Arguments.of(Endpoint.ASSESS, Caller.AUDITOR, 403),
                Arguments.of(Endpoint.SCORE_CLAIMS, Caller.ANONYMOUS, 401), Arguments.of(Endpoint.SCORE_CLAIMS, Caller.WRONG_PASSWORD, 401),
                Arguments.of(Endpoint.SCORE_CLAIMS, Caller.ANALYST, 200), Arguments.of(Endpoint.SCORE_CLAIMS, Caller.AUTHOR, 200),
                Arguments.of(Endpoint.SCORE_CLAIMS, Caller.AUDITOR, 403),
                Arguments.of(Endpoint.CRITERIA, Caller.ANONYMOUS, 401), Arguments.of(Endpoint.CRITERIA, Caller.WRONG_PASSWORD, 401),
                Arguments.of(Endpoint.CRITERIA, Caller.ANALYST, 200), Arguments.of(Endpoint.CRITERIA, Caller.AUTHOR, 200),
                Arguments.of(Endpoint.CRITERIA, Caller.AUDITOR, 403),
                Arguments.of(Endpoint.RELOAD, Caller.ANONYMOUS, 401), Arguments.of(Endpoint.RELOAD, Caller.WRONG_PASSWORD, 401),
                Arguments.of(Endpoint.RELOAD, Caller.ANALYST, 403), Arguments.of(Endpoint.RELOAD, Caller.AUTHOR, 200),
                Arguments.of(Endpoint.RELOAD, Caller.AUDITOR, 403),
                Arguments.of(Endpoint.CHECK, Caller.ANONYMOUS, 401), Arguments.of(Endpoint.CHECK, Caller.WRONG_PASSWORD, 401),
                Arguments.of(Endpoint.CHECK, Caller.ANALYST, 403), Arguments.of(Endpoint.CHECK, Caller.AUTHOR, 200),
                Arguments.of(Endpoint.CHECK, Caller.AUDITOR, 403),
                Arguments.of(Endpoint.DIFF, Caller.ANONYMOUS, 401), Arguments.of(Endpoint.DIFF, Caller.WRONG_PASSWORD, 401),
                Arguments.of(Endpoint.DIFF, Caller.ANALYST, 403), Arguments.of(Endpoint.DIFF, Caller.AUTHOR, 200),
                Arguments.of(Endpoint.DIFF, Caller.AUDITOR, 403));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void eachEndpointLetsInOnlyItsRoles(Endpoint endpoint, Caller caller, int expected) throws Exception {
        var result = mvc.perform(as(caller, request(endpoint))).andExpect(status().is(expected));
        if (expected != 200) {
            result.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(expected));
        }
        if (expected == 401) {
            result.andExpect(header().string("WWW-Authenticate", "Basic realm=\"credibility\""));
        }
    }

    @Test
    void theIndexIsPublicAndEverythingOutsideTheApiIsRefused() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(jsonPath("$.apiDocs").value("/v3/api-docs"));
        mvc.perform(get("/admin")).andExpect(status().isUnauthorized());
        mvc.perform(as(Caller.ANALYST, get("/admin"))).andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/error")).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder request(Endpoint endpoint) {
        return switch (endpoint) {
            case ASSESS -> post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"abc\"}");
            case SCORE_CLAIMS -> post("/api/claims/score").contentType(MediaType.APPLICATION_JSON).content("{\"claims\": [{\"text\": \"abc\"}]}");
            case CRITERIA -> get("/api/criteria");
            case RELOAD -> post("/api/rules/reload");
            case CHECK -> get("/api/rules/check");
            case DIFF -> get("/api/rules/diff");
        };
    }

    private static MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request) {
        return switch (caller) {
            case ANONYMOUS -> request;
            case ANALYST -> request.with(httpBasic("analyst", "analyst"));
            case AUTHOR -> request.with(httpBasic("author", "author"));
            case AUDITOR -> request.with(httpBasic("auditor", "auditor"));
            case WRONG_PASSWORD -> request.with(httpBasic("analyst", "not-the-password"));
        };
    }
}
