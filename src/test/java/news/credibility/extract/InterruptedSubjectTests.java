package news.credibility.extract;

import static news.credibility.extract.AttributionFinderTests.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.credibility.extract.AttributionFinderTests.Found;

/** A subject cut off from its reporting verb by participles, relative clauses and appositives. */
class InterruptedSubjectTests {

    static {
        try {
            AttributionFinderTests.load();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Found only(String body) {
        List<Found> found = find("Headline\n\n" + body);
        assertThat(found).as("attributions in: %s", body).hasSize(1);
        return found.get(0);
    }

    @Test
    void participleBetweenSubjectAndVerb() {
        Found f = only("The senator, speaking to a veterans group in Virginia, said he would order a review.");
        assertThat(f.source()).isEqualTo("The senator");
        assertThat(f.content()).isEqualTo("he would order a review");
    }

    @Test
    void appositiveThenRelativeClauseKeepsTheAppositive() {
        Found f = only("Michael Mulgrew, president of the United Federation of Teachers, which represents city educators, "
                + "said he hopes the rally sends a message.");
        assertThat(f.source()).isEqualTo("Michael Mulgrew, president of the United Federation of Teachers");
        assertThat(f.content()).isEqualTo("he hopes the rally sends a message");
    }

    @Test
    void hyphenatedCompoundIsNoBreakAndDashesAre() {
        Found f = only("Ann Kall -- a Washington-based editor of a book analyzing the debates -- said the candidate improvised.");
        assertThat(f.cue()).isEqualTo("said");
        assertThat(f.source()).startsWith("Ann Kall");
        assertThat(f.content()).isEqualTo("the candidate improvised");
    }

    @Test
    void anIntroductoryPhraseIsNoSubject() {
        List<Found> found = find("Headline\n\nIn Iowa, where voters gathered on Monday, said nothing of note.");
        assertThat(found).isEmpty();
    }

    @Test
    void aClauseOfItsOwnIsNoAside() {
        // "The crowd cheered" has its own verb: the source of "said" is the inverted subject after it
        Found f = only("The crowd cheered, said Smith.");
        assertThat(f.source()).isEqualTo("Smith");
    }
}
