package news.credibility.extract;

import static news.credibility.extract.AttributionFinderTests.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.credibility.extract.AttributionFinderTests.Found;

/** The tagger's slips around reporting verbs that {@link Retagger} mends, seen through the attributions found. */
class RetaggerTests {

    static {
        try {
            AttributionFinderTests.load();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void titleCaseHeadlineVerbIsACue() {
        List<Found> found = find("Bellwether County Says Trump Should Win GOP Nomination\n\nThe county voted.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.cue()).isEqualTo("Says");
            assertThat(f.source()).isEqualTo("Bellwether County");
            assertThat(f.content()).isEqualTo("Trump Should Win GOP Nomination");
        });
    }

    @Test
    void aPluralNounInATitleCaseHeadlineStaysANoun() {
        assertThat(find("The Many Claims Of A Busy Campaign Season\n\nThe county voted.")).isEmpty();
    }

    @Test
    void aHeadNounTaggedAsAVerbBeforeTheCueIsTheSubject() {
        List<Found> found = find("Headline\n\nThe billionaire real estate magnate says a violent hit is now a penalty.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.cue()).isEqualTo("says");
            assertThat(f.source()).isEqualTo("The billionaire real estate magnate");
        });
    }
    @Test
    void aCapitalisedFormEndingANameIsNoCue() {
        List<Found> found = find("Headline\n\nA minister told The Huffington Post that she was a regular at the church.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.cue()).isEqualTo("told");
            assertThat(f.content()).isEqualTo("that she was a regular at the church");
        });
    }

    @Test
    void aCapitalisedVerbInAHeadlineIsStillACue() {
        List<Found> found = find("Mike Pence Calls for Special Prosecutor after Report on Emails\n\nThe race goes on.");
        assertThat(found).anySatisfy(f -> {
            assertThat(f.cue()).isEqualTo("Calls");
            assertThat(f.source()).isEqualTo("Mike Pence");
        });
    }
    @Test
    void aToFrameFormTaggedAsANounBeforeToAndAVerbIsTheClausesVerb() {
        List<Found> found = find("Headline\n\nA memo circulated by the campaign purports to show that the senator was paid.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.cue()).isEqualTo("purports");
            assertThat(f.source()).isEqualTo("A memo circulated by the campaign");
        });
    }

    @Test
    void aReportingFormAfterASourceNounIsItsVerb() {
        List<Found> found = find("Headline\n\nFor the first time, a poll shows upstart Sen. Bernie Sanders leading Hillary Clinton.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.cue()).isEqualTo("shows");
            assertThat(f.source()).isEqualTo("a poll");
        });
    }
    @Test
    void aNameGoesOnAfterAnInitial() {
        List<Found> found = find("Headline\n\n\u201cHe lacks the judgment to lead,\u201d said Virgie M. Rollins, chair of the caucus.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.cue()).isEqualTo("said");
            assertThat(f.source()).startsWith("Virgie M. Rollins");
        });
    }
    @Test
    void aReportingVerbTaggedAsAnAuxiliaryIsAVerb() {
        List<Found> found = find("Headline\n\n\u201cI started Black Girls Rock! because I love us and I believe in us,\u201d Bond said onstage Tuesday night.");
        assertThat(found).anySatisfy(f -> {
            assertThat(f.cue()).isEqualTo("said");
            assertThat(f.source()).isEqualTo("Bond");
        });
    }
    @Test
    void aNameTaggedAsAVerbBeforeAReportingFormAndThat() {
        List<Found> found = find("Headline\n\nTrump asserts that his financial disclosure report provides sufficient clarity.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.cue()).isEqualTo("asserts");
            assertThat(f.source()).isEqualTo("Trump");
            assertThat(f.content()).isEqualTo("that his financial disclosure report provides sufficient clarity");
        });
    }
}
