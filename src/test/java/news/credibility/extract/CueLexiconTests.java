package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.credibility.lexicon.Lexicon;
import news.credibility.lexicon.Lexicons;

class CueLexiconTests {

    @Test
    void inflectedFormsCarryLemmaAndFrame() throws IOException {
        CueLexicon cues = CueLexicon.of(Lexicons.load(Path.of("rules/lexicons")));

        assertThat(cues.verb("told")).isEqualTo(new CueLexicon.Verb("tell", CueLexicon.Frame.OBJECT));
        assertThat(cues.verb("accused")).isEqualTo(new CueLexicon.Verb("accuse", CueLexicon.Frame.ACCUSE));
        assertThat(cues.verb("shows").frame()).isEqualTo(CueLexicon.Frame.NEEDS_THAT);
        assertThat(cues.verb("said").lemma()).isEqualTo("say");
        assertThat(cues.evidential("reported")).isEqualTo("report");
        assertThat(cues.noun("statement")).isEqualTo("statement");
        assertThat(cues.isRelayVerb("published")).isTrue();
        assertThat(cues.isSourceNoun("study")).isTrue();
        assertThat(cues.verb("reportedly")).isNull();
    }

    @Test
    void tablesAreBuiltOncePerLexiconsInstanceAndAnewAfterAReload() throws IOException {
        Lexicons first = Lexicons.load(Path.of("rules/lexicons"));
        Lexicons reloaded = new Lexicons(Map.of("cue-verbs",
                new Lexicon("cue-verbs", Map.of("avers", Map.of("lemma", "aver", "pos", "VERB")))));

        assertThat(CueLexicon.of(first)).isSameAs(CueLexicon.of(first));
        assertThat(CueLexicon.of(reloaded)).isNotSameAs(CueLexicon.of(first));
        assertThat(CueLexicon.of(reloaded).verb("avers").lemma()).isEqualTo("aver");
        assertThat(CueLexicon.of(reloaded).verb("said")).isNull();
    }
}
