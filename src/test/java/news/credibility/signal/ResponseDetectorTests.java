package news.credibility.signal;

import static news.credibility.extract.SeedFixtures.claim;
import static news.credibility.extract.SeedFixtures.read;
import static news.credibility.signal.SignalAssert.first;
import static news.credibility.signal.SignalAssert.has;
import static news.credibility.signal.SignalAssert.hasNot;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import news.credibility.extract.CueKind;
import news.credibility.extract.Reading;

class ResponseDetectorTests {

    @Test
    void aDenialSentencesLaterIsASignalOnTheClaimItDeniesNotAClaim() {
        String text = "The mayor accused the firm of bribing officials. The firm hired new staff in May. "
                + "The firm, for its part, denies these allegations.";
        Reading r = read(text, a -> a
                .add("The mayor", "accused", "The mayor", "the firm of bribing officials", "accuse", CueKind.VERB)
                .add("The firm, for", "denies", "The firm", "these allegations", "deny", CueKind.VERB));
        assertThat(r.claims()).noneMatch(c -> c.text().contains("denies"));
        has(claim(r, "bribing officials"), SignalType.DENIED);
        assertThat(first(claim(r, "bribing officials"), SignalType.DENIED).detail()).contains("The firm");
        hasNot(claim(r, "new staff"), SignalType.DENIED);
    }

    @Test
    void aDenialWithItsOwnContentStaysAClaim() {
        String text = "The firm denied that it paid anyone.";
        Reading r = read(text, a -> a.add("The firm", "denied", "The firm", "that it paid anyone", "deny", CueKind.VERB));
        assertThat(r.claims()).hasSize(1);
        hasNot(r.claims().get(0), SignalType.DENIED);
    }

    @Test
    void noCommentIsASignalOnTheAnonymousClaimsBeforeItNotAClaim() {
        String text = "A source familiar with the talks said the ministry will resign. The weather was fine. "
                + "The ministry did not respond to a request for comment.";
        Reading r = read(text, a -> a
                .add("A source", "said", "A source familiar with the talks", "the ministry will resign", "say", CueKind.VERB));
        assertThat(r.claims()).noneMatch(c -> c.text().contains("did not respond"));
        has(claim(r, "will resign"), SignalType.NO_COMMENT);
        hasNot(claim(r, "weather"), SignalType.NO_COMMENT);
    }

    @Test
    void declinedToCommentIsNoComment() {
        String text = "People close to the club said the coach will leave. The club declined to comment.";
        Reading r = read(text, a -> a.add("People", "said", "People close to the club", "the coach will leave", "say", CueKind.VERB));
        has(claim(r, "coach will leave"), SignalType.NO_COMMENT);
        assertThat(r.claims()).hasSize(1);
    }

    @Test
    void notStatedPubliclyQualifiesTheClaimOfItsOwnSentence() {
        String text = "The agency has long been believed to fund the group, but the government has not stated this publicly.";
        has(read(text, a -> a).claims().get(0), SignalType.NOT_CONFIRMED);
    }

    @Test
    void aConfirmationOfTheReportIsASignalOnIt() {
        String text = "The minister was reported to have resigned. A spokesman later confirmed the report.";
        Reading r = read(text, a -> a.add("The minister", "was reported to", null, "have resigned", "report", CueKind.EVIDENTIAL));
        has(claim(r, "have resigned"), SignalType.CONFIRMED);
        assertThat(r.claims()).noneMatch(c -> c.text().contains("confirmed the report"));
    }

    @Test
    void confirmingSomethingElseIsNoResponse() {
        Reading r = read("The parliament confirmed an interim government.", a -> a);
        assertThat(r.claims()).hasSize(1);
        hasNot(r.claims().get(0), SignalType.CONFIRMED);
    }
}
