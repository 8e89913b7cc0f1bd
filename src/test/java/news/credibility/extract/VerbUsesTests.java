package news.credibility.extract;

import static news.credibility.extract.AttributionFinderTests.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.credibility.extract.AttributionFinderTests.Found;

/** Whether a lexicon verb counts as a cue where it stands ({@link VerbUses}). */
class VerbUsesTests {

    static {
        try {
            AttributionFinderTests.load();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Found> body(String text) {
        return find("Headline\n\n" + text);
    }

    @Test
    void calledAfterAnObjectOrIndefinitePhraseGivesAName() {
        assertThat(body("The senators slammed the tax loophole called an \"inversion\" in their letter.")).isEmpty();
        assertThat(body("She launched an impressive reading campaign called #1000BlackGirlBooks last year.")).isEmpty();
        assertThat(body("They joined a movement called the Ethiopian People's Revolutionary Party.")).isEmpty();
    }

    @Test
    void callWithAParticleIsNoStatement() {
        assertThat(body("Several businesses have called off projects with him.")).isEmpty();
        assertThat(body("She recently called in to a town hall about the police.")).isEmpty();
    }

    @Test
    void aSubjectCallingSomethingSomethingStillSpeaks() {
        List<Found> found = body("Speaker Paul Ryan on Tuesday called Donald Trump's remarks \"the textbook definition of a racist comment.\"");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.cue()).isEqualTo("called");
            assertThat(f.source()).isEqualTo("Speaker Paul Ryan");
        });
    }
}
