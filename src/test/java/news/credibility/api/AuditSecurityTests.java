package news.credibility.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.credibility.audit.AssessmentDocument;
import news.credibility.audit.AssessmentRecord;
import news.credibility.audit.AuditExport;
import news.credibility.audit.AuditLog;
import news.credibility.audit.AuditReader;
import news.credibility.audit.ChainReport;
import news.credibility.audit.ChainVerifier;
import news.credibility.audit.RecordKind;
import news.credibility.audit.StoredAssessment;
import news.credibility.engine.CredibilityEngine;

/**
 * Every audit endpoint against every role: auditors read everything, verify, replay and export;
 * analysts read the records of their own requests and nothing else of the record; rule authors
 * (who are analysts too in the default users) likewise; analysts correct their own records and
 * auditors correct none; nobody gets in anonymously. That auditors
 * cannot assess, score or reload is in {@link ApiSecurityTests}.
 */
@WebMvcTest({AuditController.class, AuditExportController.class, CorrectionController.class})
@Import(WebSlice.class)
class AuditSecurityTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AuditReader reader;
    @MockitoBean
    ChainVerifier verifier;
    @MockitoBean
    Replayer replayer;
    @MockitoBean
    AuditExport export;
    @MockitoBean
    CredibilityEngine engine;
    @MockitoBean
    AuditLog auditLog;

    /** Record 7 was asked for by the analyst. */
    @BeforeEach
    void storeAnswers() {
        AssessmentRecord record = mock(AssessmentRecord.class);
        when(record.seq()).thenReturn(7L);
        when(record.kind()).thenReturn(RecordKind.ARTICLE);
        when(record.requestedBy()).thenReturn("analyst");
        when(record.createdAt()).thenReturn(Instant.parse("2026-01-02T03:04:05Z"));
        AssessmentDocument document = mock(AssessmentDocument.class);
        when(document.inputJson()).thenReturn("{\"id\":\"a1\",\"text\":\"The mayor said so.\"}");
        when(document.resultJson()).thenReturn("{}");
        when(reader.get(anyLong())).thenReturn(Optional.of(new StoredAssessment(record, document, List.of())));
        when(reader.list(any(), anyInt(), anyInt())).thenReturn(new PageImpl<>(List.of(record)));
        when(engine.assess(any())).thenReturn(Fixtures.assessment());
        when(auditLog.append(any())).thenReturn(record);
        when(verifier.verify()).thenReturn(new ChainReport(true, 7, null, null, "0".repeat(64)));
        when(replayer.replay(any(), anyBoolean())).thenReturn(new ReplayView(7, "v", "v", "recorded", true, 0, List.of(), null));
    }

    enum Caller { ANONYMOUS, WRONG_PASSWORD, ANALYST, AUTHOR, AUDITOR }

    enum Endpoint { LIST, READ_ONE, REPLAY, VERIFY, EXPORT, CORRECT }

    static Stream<Arguments> matrix() {
        return Stream.of(
                row(Endpoint.LIST, 401, 401, 200, 200, 200),
                // the author did not ask for record 7: to them it does not exist
                row(Endpoint.READ_ONE, 401, 401, 200, 404, 200),
                row(Endpoint.REPLAY, 401, 401, 403, 403, 200),
                row(Endpoint.VERIFY, 401, 401, 403, 403, 200),
                row(Endpoint.EXPORT, 401, 401, 403, 403, 200),
                // a correction is an assessment: auditors may not; an analyst corrects their own records only
                row(Endpoint.CORRECT, 401, 401, 200, 404, 403)).flatMap(s -> s);
    }

    private static Stream<Arguments> row(Endpoint endpoint, int anonymous, int wrongPassword, int analyst, int author, int auditor) {
        return Stream.of(Arguments.of(endpoint, Caller.ANONYMOUS, anonymous), Arguments.of(endpoint, Caller.WRONG_PASSWORD, wrongPassword),
                Arguments.of(endpoint, Caller.ANALYST, analyst), Arguments.of(endpoint, Caller.AUTHOR, author),
                Arguments.of(endpoint, Caller.AUDITOR, auditor));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void eachAuditEndpointLetsInOnlyItsRoles(Endpoint endpoint, Caller caller, int expected) throws Exception {
        var result = mvc.perform(as(caller, request(endpoint))).andExpect(status().is(expected));
        if (expected != 200) {
            result.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON)).andExpect(jsonPath("$.status").value(expected));
        }
    }

    @Test
    void anAssessmentThatCannotBeRecordedIsNotGiven() throws Exception {
        when(auditLog.append(any())).thenThrow(new org.springframework.dao.DataAccessResourceFailureException("connection refused"));
        mvc.perform(as(Caller.ANALYST, post("/api/assessments/7/corrections").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"wrong outlet\"}")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was recorded")))
                .andExpect(jsonPath("$.claims").doesNotExist());
    }

    @Test
    void theRecordCannotBeWrittenOverHttp() throws Exception {
        for (Caller caller : List.of(Caller.ANALYST, Caller.AUTHOR, Caller.AUDITOR)) {
            mvc.perform(as(caller, post("/api/audit/assessments/7"))).andExpect(status().is4xxClientError());
            mvc.perform(as(caller, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/audit/assessments/7")))
                    .andExpect(status().is4xxClientError());
        }
    }

    private static MockHttpServletRequestBuilder request(Endpoint endpoint) {
        return switch (endpoint) {
            case LIST -> get("/api/audit/assessments");
            case READ_ONE -> get("/api/audit/assessments/7");
            case REPLAY -> get("/api/audit/assessments/7/replay");
            case VERIFY -> get("/api/audit/verify");
            case EXPORT -> get("/api/audit/export?format=csv");
            case CORRECT -> post("/api/assessments/7/corrections").contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"wrong outlet\"}");
        };
    }

    private static MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request) {
        return switch (caller) {
            case ANONYMOUS -> request;
            case ANALYST -> request.with(httpBasic("analyst", "analyst"));
            case AUTHOR -> request.with(httpBasic("author", "author"));
            case AUDITOR -> request.with(httpBasic("auditor", "auditor"));
            case WRONG_PASSWORD -> request.with(httpBasic("auditor", "not-the-password"));
        };
    }
}
