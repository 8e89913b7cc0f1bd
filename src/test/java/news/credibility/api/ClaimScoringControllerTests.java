package news.credibility.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import news.credibility.engine.CredibilityEngine;
import news.credibility.extract.Claim;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.SourceType;
import news.credibility.signal.SignalType;
import news.credibility.text.Span;

@WebMvcTest(ClaimScoringController.class)
@Import(WebSlice.class)
class ClaimScoringControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CredibilityEngine engine;

    @BeforeEach
    void engineScores() {
        when(engine.scoreClaims(any(), anyList())).thenReturn(Fixtures.scoring());
    }

    private ResultActions score(String json) throws Exception {
        return mvc.perform(post("/api/claims/score").with(httpBasic("analyst", "analyst"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @SuppressWarnings("unchecked")
    private List<Claim> scoredClaims(boolean withText) {
        ArgumentCaptor<List<Claim>> claims = ArgumentCaptor.forClass(List.class);
        if (withText) {
            verify(engine).scoreClaims(any(), claims.capture());
        } else {
            verify(engine).scoreClaims(isNull(), claims.capture());
        }
        return claims.getValue();
    }

    @Test
    void claimsArrivingAsFactsAreScoredWithTheirTrace() throws Exception {
        score("""
                {"claims": [
                  {"id": "x1", "text": "The talks failed", "kind": "REPORTED", "sourceType": "ANONYMOUS",
                   "sourceName": "officials", "signals": [{"type": "HEDGED", "detail": "reportedly"}]},
                  {"text": "The talks went on", "sourceType": "ANONYMOUS", "sourceName": "officials"},
                  {"text": "The bridge opened"}
                ]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSetVersion").value(Fixtures.VERSION))
                .andExpect(jsonPath("$.claims[0].score").value(80))
                .andExpect(jsonPath("$.claims[1].trace.fired[1].rule").value("Anonymous source"));

        List<Claim> claims = scoredClaims(false);
        assertThat(claims).extracting(Claim::id).containsExactly("x1", "c2", "c3");
        assertThat(claims.get(0).signals()).singleElement()
                .satisfies(s -> assertThat(s.type()).isEqualTo(SignalType.HEDGED))
                .satisfies(s -> assertThat(s.detail()).isEqualTo("reportedly"));
        assertThat(claims.get(0).source()).as("claims with the same source name share one source")
                .isSameAs(claims.get(1).source());
        assertThat(claims.get(1).kind()).isEqualTo(ClaimKind.REPORTED);
        assertThat(claims.get(2).sourceType()).isEqualTo(SourceType.UNATTRIBUTED);
        assertThat(claims.get(2).kind()).isEqualTo(ClaimKind.UNATTRIBUTED);
        assertThat(claims.get(2).source()).isNull();
    }

    @Test
    void offsetsPointIntoTheTextSent() throws Exception {
        score("""
                {"text": "Officials said the talks failed.",
                 "claims": [{"text": "the talks failed", "sourceType": "ANONYMOUS", "content": {"start": 15, "end": 31},
                             "signals": [{"type": "ANONYMOUS_SOURCE", "evidence": {"start": 0, "end": 9}}]}]}
                """).andExpect(status().isOk());
        Claim claim = scoredClaims(true).get(0);
        assertThat(claim.content()).isEqualTo(new Span(15, 31));
        assertThat(claim.signals().get(0).evidence()).isEqualTo(new Span(0, 9));
    }

    @Test
    void unknownFieldIsRefusedNamingItAndWhereItIs() throws Exception {
        score("{\"claims\": [{\"text\": \"a\", \"colour\": \"red\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Unknown field \"colour\" at claims[0]")))
                .andExpect(jsonPath("$.detail").value(containsString("sourceType")))
                .andExpect(jsonPath("$.field").value("claims[0].colour"));
        verify(engine, never()).scoreClaims(any(), anyList());
    }

    @Test
    void unknownEnumValueIsRefusedListingTheAllowedValues() throws Exception {
        score("{\"claims\": [{\"text\": \"a\", \"sourceType\": \"BLOGGER\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("claims[0].sourceType"))
                .andExpect(jsonPath("$.detail").value(containsString("allowed values: ANONYMOUS, DOCUMENT, INSTITUTION")));
        score("{\"claims\": [{\"text\": \"a\", \"signals\": [{\"type\": \"RUMOUR\"}]}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("claims[0].signals[0].type"))
                .andExpect(jsonPath("$.detail").value(containsString("HEDGED")));
    }

    @Test
    void factsThatCannotBeScoredAreRefusedNamingTheField() throws Exception {
        score("{\"claims\": []}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("claims"));
        score("{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("claims"));
        score("{\"claims\": [{\"text\": \"ok\"}, {\"text\": \" \"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("claims[1].text"));
        score("{\"claims\": [{\"id\": \"a\", \"text\": \"x\"}, {\"id\": \"a\", \"text\": \"y\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("claims[1].id"));
        score("{\"claims\": [{\"text\": \"x\", \"content\": {\"start\": 0, \"end\": 1}}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("claims[0].content"))
                .andExpect(jsonPath("$.detail").value(containsString("no \"text\"")));
        score("{\"text\": \"short\", \"claims\": [{\"text\": \"x\", \"signals\": [{\"type\": \"HEDGED\", \"evidence\": {\"start\": 2, \"end\": 9}}]}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("claims[0].signals[0].evidence"))
                .andExpect(jsonPath("$.detail").value(containsString("outside the text (length 5)")));
        score("{\"claims\": [{\"text\": \"x\", \"signals\": [{\"detail\": \"no type\"}]}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("claims[0].signals[0].type"));
        score("{\"claims\": {\"text\": \"x\"}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("claims"));
        verify(engine, never()).scoreClaims(any(), anyList());
    }
}
