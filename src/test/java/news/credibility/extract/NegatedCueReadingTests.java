package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import news.credibility.lexicon.Lexicons;
import news.credibility.text.Article;

/** A negated cue ("did not say X") is an attribution, but X is no claim of that source. */
class NegatedCueReadingTests {

    private static Reading read(String body) throws IOException {
        return new NewsArticleReader().read(new Article("t", "Headline\n\n" + body), Lexicons.load(Path.of("rules/lexicons")));
    }

    @Test
    void whatTheSourceDidNotSayIsNotItsClaim() throws IOException {
        Reading r = read("The minister did not say that the bridge would open in May. Officials said the talks failed.");
        assertThat(r.attributions()).anySatisfy(a -> assertThat(a.cueNegated()).isTrue());
        assertThat(r.claims()).noneMatch(c -> c.kind() == ClaimKind.REPORTED && c.text().contains("the bridge would open"));
        assertThat(r.claims()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.REPORTED);
            assertThat(c.text()).contains("the talks failed");
            assertThat(c.attribution().cueNegated()).isFalse();
        });
    }

    @Test
    void anAffirmedCueStillMakesAClaim() throws IOException {
        Reading r = read("The minister said that the bridge would open in May.");
        assertThat(r.claims()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.REPORTED);
            assertThat(c.text()).contains("the bridge would open");
        });
    }
}
