package news.credibility.api;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import news.credibility.engine.CredibilityEngine;
import news.credibility.text.Article;

/** The body limit is a setting: here 1 KB instead of the default 5 MB. */
@WebMvcTest(controllers = AssessmentController.class, properties = "credibility.max-text-bytes=1KB")
@Import(WebSlice.class)
class BodyLimitTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CredibilityEngine engine;

    @Test
    void aBodyOverTheConfiguredLimitIs413AndOneAtTheLimitIsAssessed() throws Exception {
        when(engine.assess(any())).thenAnswer(call -> Fixtures.assessment(call.getArgument(0, Article.class)));
        String atLimit = Fixtures.TEXT + " ".repeat(1024 - Fixtures.TEXT.length());
        mvc.perform(post("/api/assessments").with(httpBasic("analyst", "analyst")).contentType(MediaType.TEXT_PLAIN).content(atLimit))
                .andExpect(status().isOk());
        mvc.perform(post("/api/assessments").with(httpBasic("analyst", "analyst")).contentType(MediaType.TEXT_PLAIN).content(atLimit + "x"))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.limitBytes").value(1024))
                .andExpect(jsonPath("$.detail").value(containsString("credibility.max-text-bytes")));
    }
}
