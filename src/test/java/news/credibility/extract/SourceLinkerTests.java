package news.credibility.extract;

import static news.credibility.extract.SeedFixtures.claim;
import static news.credibility.extract.SeedFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLinkerTests {

    @Test
    void theSpokesmanIsTheSpokesmanIntroducedBefore() {
        String text = "A spokesman for the Foreign Office told reporters that the embassy would close. "
                + "\"We regret the decision,\" the spokesman said.";
        Reading r = read(text, a -> a
                .add("A spokesman", "told", "A spokesman for the Foreign Office", "that the embassy would close", "tell", CueKind.VERB)
                .add("\"We regret", "said", "the spokesman", "\"We regret the decision,\"", "say", CueKind.VERB));
        assertThat(r.sources()).hasSize(1);
        assertThat(r.sources().get(0).mentions()).hasSize(2);
        assertThat(claim(r, "embassy would close").source()).isSameAs(claim(r, "We regret").source());
    }

    @Test
    void aSurnameIsTheFullNameBeforeIt() {
        String text = "Finance Minister Maria Lopez said the budget is balanced. Lopez added that taxes will fall.";
        Reading r = read(text, a -> a
                .add("Finance Minister", "said", "Finance Minister Maria Lopez", "the budget is balanced", "say", CueKind.VERB)
                .add("Lopez added", "added", "Lopez", "that taxes will fall", "add", CueKind.VERB));
        assertThat(r.sources()).hasSize(1);
        assertThat(r.sources().get(0).type()).isEqualTo(SourceType.NAMED_OFFICIAL);
    }

    @Test
    void aPronounIsTheNearestCompatibleSourceBeforeIt() {
        String text = "The ministry said the border is open. Governor Ann Brook said the roads are clear. She said schools will reopen.";
        Reading r = read(text, a -> a
                .add("The ministry", "said", "The ministry", "the border is open", "say", CueKind.VERB)
                .add("Governor Ann", "said", "Governor Ann Brook", "the roads are clear", "say", CueKind.VERB)
                .add("She said", "said", "She", "schools will reopen", "say", CueKind.VERB));
        assertThat(claim(r, "schools will reopen").source()).isSameAs(claim(r, "the roads are clear").source());
        assertThat(claim(r, "schools will reopen").sourceType()).isEqualTo(SourceType.NAMED_OFFICIAL);
        assertThat(r.sources()).hasSize(2);
    }

    @Test
    void aPronounIsTheNearestPersonNamedBeforeItEvenWhenNotYetASource() {
        String text = "Governor Ann Brook said the roads are clear. Her rival, Tom Hale, toured the port. He said the port is closed.";
        Reading r = read(text, a -> a
                .add("Governor Ann", "said", "Governor Ann Brook", "the roads are clear", "say", CueKind.VERB)
                .add("He said", "said", "He", "the port is closed", "say", CueKind.VERB));
        Claim port = claim(r, "the port is closed");
        assertThat(port.source()).isNotSameAs(claim(r, "the roads are clear").source());
        assertThat(port.source().name()).isEqualTo("Tom Hale");
        assertThat(port.sourceType()).isEqualTo(SourceType.NAMED_PERSON);
    }

    @Test
    void twoPronounsForTheSamePersonAreOneSource() {
        String text = "Tom Hale toured the port on Monday. He said the port is closed. She said nothing. He said it will reopen.";
        Reading r = read(text, a -> a
                .add("He said the port", "said", "He", "the port is closed", "say", CueKind.VERB)
                .add("He said it", "said", "He", "it will reopen", "say", CueKind.VERB));
        assertThat(claim(r, "the port is closed").source()).isNotNull().isSameAs(claim(r, "it will reopen").source());
        assertThat(r.sources()).hasSize(1);
    }

    @Test
    void theAnonymousSourceTakesUpTheUnnamedSourceBeforeIt() {
        String text = "An aide claims that the deal was signed. The anonymous source said it was signed in May.";
        Reading r = read(text, a -> a
                .add("An aide", "claims", "An aide", "that the deal was signed", "claim", CueKind.VERB)
                .add("The anonymous", "said", "The anonymous source", "it was signed in May", "say", CueKind.VERB));
        assertThat(claim(r, "signed in May").source()).isSameAs(claim(r, "the deal was signed").source());
        assertThat(claim(r, "signed in May").sourceType()).isEqualTo(SourceType.ANONYMOUS);
    }

    @Test
    void differentSourcesStayApart() {
        String text = "A source familiar with the talks said a deal is near. Officials at the ministry said no deal is near.";
        Reading r = read(text, a -> a
                .add("A source", "said", "A source familiar with the talks", "a deal is near", "say", CueKind.VERB)
                .add("Officials at", "said", "Officials at the ministry", "no deal is near", "say", CueKind.VERB));
        assertThat(r.sources()).hasSize(2);
        assertThat(claim(r, "a deal is near").has(news.credibility.signal.SignalType.SAME_SOURCE)).isFalse();
    }

    @Test
    void heIsNotTheDaughterNamedBetween() {
        String text = "Senator Tom Hale said the port is closed. His daughter Ivanka Hale toured it on Monday. He said it will reopen.";
        Reading r = read(text, a -> a
                .add("Senator Tom", "said", "Senator Tom Hale", "the port is closed", "say", CueKind.VERB)
                .add("He said", "said", "He", "it will reopen", "say", CueKind.VERB));
        assertThat(claim(r, "it will reopen").source()).isSameAs(claim(r, "the port is closed").source());
        assertThat(claim(r, "it will reopen").sourceType()).isEqualTo(SourceType.NAMED_OFFICIAL);
    }

    @Test
    void aRelativePronounIsThePersonBeforeIt() {
        String text = "Sen. Ted Cruz said the bill fails. The bill passed, said Cruz, who argued that it costs too much.";
        Reading r = read(text, a -> a
                .add("Sen. Ted", "said", "Sen. Ted Cruz", "the bill fails", "say", CueKind.VERB)
                .add("who argued", "argued", "who", "that it costs too much", "argue", CueKind.VERB));
        assertThat(claim(r, "costs too much").source()).isSameAs(claim(r, "the bill fails").source());
        assertThat(claim(r, "costs too much").sourceType()).isEqualTo(SourceType.NAMED_OFFICIAL);
    }

    @Test
    void theSourceIsTheAnonymousSourceBeforeIt() {
        String text = "A source familiar with the meeting said the talks failed. The source said a new round is planned.";
        Reading r = read(text, a -> a
                .add("A source", "said", "A source familiar with the meeting", "the talks failed", "say", CueKind.VERB)
                .add("The source said", "said", "The source", "a new round is planned", "say", CueKind.VERB));
        assertThat(claim(r, "a new round").source()).isSameAs(claim(r, "the talks failed").source());
        assertThat(claim(r, "a new round").sourceType()).isEqualTo(SourceType.ANONYMOUS);
    }
}
