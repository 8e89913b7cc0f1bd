package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/**
 * Source typing rules about the reach of a word: an office word counts only for the person it
 * titles or the noun it heads, a document word after a name heads the phrase, outlet and country
 * words of general use. Sentences written for these rules, not taken from any corpus.
 */
class SourceTypingScopeTests {

    private static final SourcingLexicons LEX = TypingFixture.LEX;

    private static SourceTyper.Typing typeLast(String text, String source) {
        return TypingFixture.typeLast(text, source);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            "The debate went well. But the much larger general-election audience was unmoved.|the much larger general-election audience|ANONYMOUS",
            "The visit went well. The governor said the roads would be fixed.|The governor|NAMED_OFFICIAL",
            "The visit went well. The deputy prime minister said the roads would be fixed.|The deputy prime minister|NAMED_OFFICIAL",
    })
    void anOfficeWordMakesAnOfficeHolderOnlyWhereItHeadsThePhrase(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            "Turnout was low. The number suggests voters stayed home.|The number|ANONYMOUS",
            "Turnout was low. The writer said voters stayed home.|The writer|NAMED_PERSON",
    })
    void aThingWhoseEndingLooksLikeAnAgentIsNoPerson(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            "The race is close, and a Carrington Law School poll released last week shows the mayor ahead.|a Carrington Law School poll released last week|DOCUMENT",
            "The race is close, and the Carrington Law School says the mayor is ahead.|the Carrington Law School|INSTITUTION",
    })
    void aDocumentWordAfterTheNameHeadingAPhraseIsItsHead(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            "The senator spoke on Monday, the Riverton Star reported.|the Riverton Star|OUTLET",
            "The senator spoke on Monday, the Mayfield Sun reported.|the Mayfield Sun|OUTLET",
            "Prices rose, and the nation is worried about what comes next.|the nation|INSTITUTION",
            "The town posted a notice, and the website says the pool is closed.|the website|DOCUMENT",
    })
    void newspaperNameEndingsAndTheCountryAreGeneralWords(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            // a role inside the relative clause belongs to the name right after it
            "Tom Hale, a veteran consultant who ran the PAC behind former Ohio governor Jim Brandt, said the ads were weak.|Tom Hale, a veteran consultant who ran the PAC behind former Ohio governor Jim Brandt|NAMED_PERSON",
            // a capitalised title inside a proper name before a comma is not the office of the name after it
            "After quoting from the King Alfred Chronicle, Pratt said the verse was clear. Pratt added more.|Pratt|NAMED_PERSON",
            "After the vote, Governor Alan Pratt said the verse was clear. Pratt added more.|Pratt|NAMED_OFFICIAL",
    })
    void anOfficeWordCountsOnlyForThePersonItTitles(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            "City Councilwoman Mara Lind said the count was done. Lind said more later.|Lind|NAMED_OFFICIAL",
            "District Attorney Mara Lind said the count was done. Lind said more later.|Lind|NAMED_OFFICIAL",
    })
    void localPublicOfficesAreOffices(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            "Dana Reese, editor in chief of a news site, said the model works. Reese laughed.|Reese|NAMED_PERSON",
            "Gil Marner, who runs the association's lobbying arm, said the rule was unfair. Marner left.|Marner|NAMED_OFFICIAL",
            "Gil Marner, who ran for mayor in 2010, said the rule was unfair. Marner left.|Marner|NAMED_PERSON",
            "Lena Ostrow, a chairman of the history department at Harwick University, said turnout was high. Ostrow smiled.|Ostrow|NAMED_PERSON",
            "Lena Ostrow, a chairman of the Harwick County board, said turnout was high. Ostrow smiled.|Ostrow|NAMED_OFFICIAL",
    })
    void journalistsSpeakAsPersonsAndWhoeverRunsAnOrganisationForIt(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }
}
