package news.credibility.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import news.credibility.extract.Attribution;
import news.credibility.extract.CueKind;
import news.credibility.extract.CueTense;
import news.credibility.text.Span;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The cue as the JSON shows it: span and words, lemma, part of speech, tense, negation. */
class CueViewTests {

    private static final String TEXT = "Cook did not say whether he would run.";

    @Test
    void theJsonCarriesTheCuesGrammar() {
        Attribution a = new Attribution(new Span(13, 16), new Span(0, 4), new Span(17, 37), "say", CueKind.VERB,
                CueTense.PAST, true);
        JsonNode json = JsonMapper.builder().build().valueToTree(CueView.of(a, TEXT));
        assertThat(json.get("start").asInt()).isEqualTo(13);
        assertThat(json.get("end").asInt()).isEqualTo(16);
        assertThat(json.get("text").asString()).isEqualTo("say");
        assertThat(json.get("lemma").asString()).isEqualTo("say");
        assertThat(json.get("pos").asString()).isEqualTo("VERB");
        assertThat(json.get("tense").asString()).isEqualTo("PAST");
        assertThat(json.get("negated").asBoolean()).isTrue();
    }

    @Test
    void noAttributionNoCue() {
        assertThat(CueView.of(null, TEXT)).isNull();
    }

    @Test
    void anAttributionBuiltWithoutItsGrammarShowsNoTenseAndNoNegation() {
        Attribution a = new Attribution(new Span(13, 16), null, new Span(17, 37), "say", CueKind.VERB);
        CueView view = CueView.of(a, TEXT);
        assertThat(view.tense()).isEqualTo(CueTense.NONE);
        assertThat(view.negated()).isFalse();
    }
}
