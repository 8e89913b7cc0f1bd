package news.credibility.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.credibility.engine.CredibilityEngine;
import news.credibility.text.Article;

@WebMvcTest(AssessmentController.class)
@Import(WebSlice.class)
class AssessmentControllerTests {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CredibilityEngine engine;

    @BeforeEach
    void engineAssessesAnyArticle() {
        when(engine.assess(any())).thenAnswer(call -> Fixtures.assessment(call.getArgument(0, Article.class)));
    }

    private static MockHttpServletRequestBuilder assess(String contentType, byte[] body) {
        return post("/api/assessments").with(httpBasic("analyst", "analyst")).contentType(contentType).content(body);
    }

    private static MockHttpServletRequestBuilder assessJson(String json) {
        return assess(MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void assessesAnArticleGivenAsJsonWithRankedClaimsSpansAndTraces() throws Exception {
        mvc.perform(assessJson("""
                        {"text": "%s", "id": "art-7", "metadata": {"outlet": "Daily Planet", "originalOutlet": "Globe"}}
                        """.formatted(Fixtures.TEXT)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.ruleSetVersion").value(Fixtures.VERSION))
                .andExpect(jsonPath("$.article.id").value("art-7"))
                .andExpect(jsonPath("$.article.metadata.outlet").value("Daily Planet"))
                .andExpect(jsonPath("$.claims.length()").value(2))
                .andExpect(jsonPath("$.claims[0].id").value("c1"))
                .andExpect(jsonPath("$.claims[0].content.text").value("the bridge will open in May"))
                .andExpect(jsonPath("$.claims[0].content.start").value(Fixtures.TEXT.indexOf("the bridge")))
                .andExpect(jsonPath("$.claims[0].cue.text").value("said"))
                .andExpect(jsonPath("$.claims[0].source.type").value("NAMED_OFFICIAL"))
                .andExpect(jsonPath("$.claims[0].source.asWritten.text").value("The minister"))
                .andExpect(jsonPath("$.claims[0].source.mentions[0].text").value("The minister"))
                .andExpect(jsonPath("$.claims[0].signals[0].type").value("ON_RECORD"))
                .andExpect(jsonPath("$.claims[0].signals[0].evidence.text").value("The minister"))
                .andExpect(jsonPath("$.claims[0].score").value(80))
                .andExpect(jsonPath("$.claims[0].band").value("STRONG"))
                .andExpect(jsonPath("$.claims[0].grade").value(2))
                .andExpect(jsonPath("$.claims[0].gradeLabel").value("Probably true"))
                .andExpect(jsonPath("$.claims[0].trace.fired[0].rule").value("Named official on the record"))
                .andExpect(jsonPath("$.claims[0].trace.fired[0].file").value("attribution.drl"))
                .andExpect(jsonPath("$.claims[0].trace.fired[0].standard").value("Reuters Handbook of Journalism"))
                .andExpect(jsonPath("$.claims[0].trace.fired[0].evidence[0].text").value("The minister"))
                .andExpect(jsonPath("$.claims[0].trace.notApplied[0].rule").value("Anonymous source"))
                .andExpect(jsonPath("$.claims[1].trace.fired[1].points").value(-20))
                .andExpect(jsonPath("$.claims[1].signals[1].evidence").doesNotExist());
        ArgumentCaptor<Article> article = ArgumentCaptor.forClass(Article.class);
        verify(engine).assess(article.capture());
        assertThat(article.getValue().metadata().originalOutlet()).isEqualTo("Globe");
        assertThat(article.getValue().text()).isEqualTo(Fixtures.TEXT);
    }

    @Test
    void anArticleWithoutIdGetsAStableIdFromItsText() throws Exception {
        String body = "{\"text\": \"%s\"}".formatted(Fixtures.TEXT);
        String first = mvc.perform(assessJson(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(assessJson(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("\"id\":\"article-").isEqualTo(second);
    }

    @Test
    void assessesPlainUtf8Text() throws Exception {
        String text = Fixtures.TEXT + " Le ministre a déclaré — “ça ira”.";
        mvc.perform(assess("text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claims[0].content.text").value("the bridge will open in May"));
        ArgumentCaptor<Article> article = ArgumentCaptor.forClass(Article.class);
        verify(engine).assess(article.capture());
        assertThat(article.getValue().text()).isEqualTo(text);
    }

    @Test
    void blankTextIsRefusedNamingTheField() throws Exception {
        mvc.perform(assessJson("{\"text\": \"  \\n \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.field").value("text"))
                .andExpect(jsonPath("$.detail").value(containsString("empty or blank")));
        verify(engine, never()).assess(any());
    }

    @Test
    void missingTextIsRefused() throws Exception {
        mvc.perform(assessJson("{\"id\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("\"text\" is missing")));
    }

    @Test
    void emptyAndBlankPlainTextAreRefused() throws Exception {
        mvc.perform(assess(MediaType.TEXT_PLAIN_VALUE, new byte[0]))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM));
        mvc.perform(assess(MediaType.TEXT_PLAIN_VALUE, " \n\t ".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("empty or blank")));
        verify(engine, never()).assess(any());
    }

    @Test
    void malformedJsonSaysWhere() throws Exception {
        mvc.perform(assessJson("{\"text\": \"abc\",\n \"id\": }"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("Malformed JSON at line 2, column")));
    }

    @Test
    void unknownFieldsAreRefusedNamingThem() throws Exception {
        mvc.perform(assessJson("{\"text\": \"abc\", \"metadata\": {\"outlett\": \"X\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("Unknown field \"outlett\" at metadata")))
                .andExpect(jsonPath("$.detail").value(containsString("outlet, ")))
                .andExpect(jsonPath("$.field").value("metadata.outlett"));
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithTheByteOffset() throws Exception {
        byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(assess(MediaType.TEXT_PLAIN_VALUE, latin1))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("not valid UTF-8")))
                .andExpect(jsonPath("$.detail").value(containsString("byte offset 3")));
        byte[] json = ("{\"text\": \"Caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(assess(MediaType.APPLICATION_JSON_VALUE, json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("byte offset 13")));
        verify(engine, never()).assess(any());
    }

    @Test
    void aCharsetOtherThanUtf8IsUnsupported() throws Exception {
        mvc.perform(assess("text/plain;charset=ISO-8859-1", "abc".getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("UTF-8")));
    }

    @Test
    void wrongContentTypeIs415WithWhatToSend() throws Exception {
        mvc.perform(assess(MediaType.APPLICATION_XML_VALUE, "<text>abc</text>".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("application/json")))
                .andExpect(jsonPath("$.detail").value(containsString("text/plain")));
    }

    @Test
    void wrongMethodIs405AndUnknownPathIs404() throws Exception {
        mvc.perform(get("/api/assessments").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(PROBLEM));
        mvc.perform(get("/api/nothing-here").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void anUnexpectedFailureIsAGeneric500WithoutDetails() throws Exception {
        doThrow(new IllegalStateException("secret internal state at Foo.java:42")).when(engine).assess(any());
        mvc.perform(assessJson("{\"text\": \"abc\"}"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("logged as incident")))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("Foo.java"))));
    }
}
