package news.credibility.extract;

import static news.credibility.extract.AttributionFinderTests.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.credibility.extract.AttributionFinderTests.Found;

/** The tense and polarity of cues, read by {@link CueGrammar} from the verb group before the cue. */
class CueGrammarTests {

    static {
        try {
            AttributionFinderTests.load();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Attribution only(String sentence) {
        List<Found> found = find("Headline\n\n" + sentence);
        assertThat(found).as("attributions in: %s", sentence).hasSize(1);
        return found.get(0).attribution();
    }

    private static void assertCue(String sentence, CueTense tense, boolean negated) {
        Attribution a = only(sentence);
        assertThat(a.cueTense()).as("tense of the cue in: %s", sentence).isEqualTo(tense);
        assertThat(a.cueNegated()).as("negation of the cue in: %s", sentence).isEqualTo(negated);
    }

    @Test
    void simpleTensesFromTheVerbForm() {
        assertCue("The group says it is happy.", CueTense.PRESENT, false);
        assertCue("Officials say the plan works.", CueTense.PRESENT, false);
        assertCue("The minister said the talks had failed.", CueTense.PAST, false);
        assertCue("Iran denies these allegations.", CueTense.PRESENT, false);
        assertCue("She told reporters that it was over.", CueTense.PAST, false);
    }

    @Test
    void auxiliariesMakePerfectFutureAndModal() {
        assertCue("Officials have said the plan works.", CueTense.PERFECT, false);
        assertCue("She had told reporters that it was over.", CueTense.PAST_PERFECT, false);
        assertCue("The senator will announce that he is running.", CueTense.FUTURE, false);
        assertCue("Critics would say that it is wrong.", CueTense.MODAL, false);
        assertCue("Trump is saying that he won.", CueTense.PRESENT, false);
    }

    @Test
    void negationsInTheVerbGroup() {
        assertCue("Cook did not say whether he would run.", CueTense.PAST, true);
        assertCue("Trump has never confirmed that he paid.", CueTense.PERFECT, true);
        assertCue("He won't say whether he paid.", CueTense.FUTURE, true);
        assertCue("The minister didn't tell reporters that the talks failed.", CueTense.PAST, true);
    }

    @Test
    void aRefusalToSpeakIsNegated() {
        Attribution a = only("The spokesman declined to say whether talks had failed.");
        assertThat(a.cueLemma()).isEqualTo("decline");
        assertThat(a.cueNegated()).isTrue();
    }

    @Test
    void nounsAndPhrasesHaveNoTense() {
        assertCue("According to the poll, Clinton leads.", CueTense.NONE, false);
        Attribution evidential = only("He is said to have paid the bill.");
        assertThat(evidential.cueKind()).isEqualTo(CueKind.EVIDENTIAL);
        assertThat(evidential.cueTense()).isEqualTo(CueTense.PRESENT);
    }

    @Test
    void aParticipleHasNoTenseOfItsOwn() {
        List<Found> found = find("Headline\n\nThe minister rejected the plan, saying that it would fail.");
        Found saying = found.stream().filter(f -> f.cue().equals("saying")).findFirst().orElseThrow();
        assertThat(saying.attribution().cueTense()).isEqualTo(CueTense.NONFINITE);
        assertThat(saying.attribution().cueNegated()).isFalse();
    }

    @Test
    void aQuotationRunningOnKeepsItsCuesGrammar() {
        List<Found> found = find("Headline\n\nHe did not say:\n\n\"We won. We won again.\"\n\nThe end.");
        Found said = found.stream().filter(f -> f.cue().equals("say")).findFirst().orElseThrow();
        assertThat(said.content()).endsWith("We won again.\"");
        assertThat(said.attribution().cueNegated()).isTrue();
        assertThat(said.attribution().cueTense()).isEqualTo(CueTense.PAST);
    }
}
