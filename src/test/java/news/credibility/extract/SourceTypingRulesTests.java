package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.credibility.text.AnalyzedText;
import news.credibility.text.Sentence;
import news.credibility.text.Span;

/**
 * One test per typing rule added for issue 3's sample, each with a firing and a non-firing example
 * written for the test (no corpus text). The source is the last occurrence of its words in the text,
 * which is read as a whole article.
 */
class SourceTypingRulesTests {

    private static final SourcingLexicons LEX = TypingFixture.LEX;

    private static SourceTyper.Typing typeLast(String text, String source) {
        return TypingFixture.typeLast(text, source);
    }

    private static NounPhrase phrase(String text) {
        AnalyzedText analyzed = SeedFixtures.body(text);
        Sentence s = analyzed.sentences().get(0);
        return NounPhrase.of(text, s, new Span(0, text.length()));
    }

    @Test
    void aPoliticalCueCountsOnlyForASurnameAPersonBears() {
        AnalyzedText analyzed = SeedFixtures.body("The Ferrante campaign sent staff. Laura Ferrante spoke. A Twitter spokesman said the site was down.");
        assertThat(PoliticalCues.of(analyzed.bodySentences(), PoliticalCues.personSurnames(analyzed.bodySentences(), LEX), LEX))
                .containsKey("ferrante").doesNotContainKey("twitter");
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            "CLEVELAND - Donald Trump accepted the nomination on Thursday.|Donald Trump",
            "The poll was out. Democrat Hillary Clinton said the plan works.|Hillary Clinton",
    })
    void aNameLosesItsDatelineAndItsPartyWord(String text, String name) {
        AnalyzedText analyzed = SeedFixtures.body(text);
        assertThat(NameIndex.build(analyzed, LEX).names()).extracting(NameIndex.Name::name).contains(name);
    }

    @Test
    void aPartyWordBeforeAnInstitutionStays() {
        assertThat(typeLast("Democrat Hillary Clinton spoke. The Democratic National Committee said the vote was fair.",
                "The Democratic National Committee").type()).isEqualTo(SourceType.INSTITUTION);
        assertThat(typeLast("Democrat Hillary Clinton spoke. Clinton said the vote was fair.", "Clinton").type()).isEqualTo(SourceType.NAMED_OFFICIAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Brent Holm III, founder of the Media Center, spoke first. Holm said the vote was fair.|Holm|NAMED_OFFICIAL",
            "Brent Holm III, a retired farmer, spoke first. Holm said the vote was fair.|Holm|NAMED_PERSON",
    })
    void theAppositiveAfterAGenerationalSuffixGivesTheOffice(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The founder and chairman of the Acme Group, Tony Ferrante, is a cousin of the mayor. Ferrante said the deal was fair.|Ferrante|NAMED_OFFICIAL",
            "As the Acme chief executive, Jeff Warner, put it in his memo, the deal is big. Later Mr. Warner said it was fine.|Mr. Warner|NAMED_OFFICIAL",
            "After talking with the founder of the Acme Group, Tony Ferrante went home. Ferrante said the deal was fair.|Ferrante|NAMED_PERSON",
    })
    void aDescriptionSetOffBeforeANameGivesItsOffice(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Daniel Berman, who was coordinator for trade at the State Department, spoke. Berman said the deal was fair.|Berman|NAMED_OFFICIAL",
            "Daniel Berman, who was a member of the audience, spoke. Berman said the deal was fair.|Berman|NAMED_PERSON",
    })
    void aWhoWasClauseOpeningOnAnOfficeGivesIt(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Robert Pike, managing director and equity analyst at Acme Bank, spoke. Pike said a deal was likely.|Pike|NAMED_PERSON",
            "Robert Pike, managing director of Acme Bank, spoke. Pike said a deal was likely.|Pike|NAMED_OFFICIAL",
    })
    void anExpertAppositiveOutweighsThePostNamedWithIt(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Trump campaign sent staff. Brian Cole, a Trump delegate strategist, said the vote went well.|Brian Cole|NAMED_OFFICIAL",
            "The Trump campaign sent staff. Brian Cole, a Trump supporter, said the vote went well.|Brian Cole|NAMED_PERSON",
    })
    void aCandidatesStaffNounMakesAnOfficial(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @Test
    void aMixOfStraightOpeningAndCurlyClosingQuotesIsReadRight() {
        String text = "\"Trump is wrong,” said Dan Black. \"Mateen was radicalized here.\"";
        assertThat(NameCues.isQuoted(text, text.indexOf("Mateen"))).isTrue();
        assertThat(NameCues.isQuoted(text, text.indexOf("Dan Black"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Donald Trump spoke first. Melania Trump smiled. Trump said the wall would be built.|Trump|NAMED_OFFICIAL",
            "Ivanka Trump spoke first. Trump said the wall would be built.|Trump|NAMED_PERSON",
    })
    void aSharedSurnameIsTheFullNameIntroducedFirst(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @Test
    void aShareOfPeopleCountedIsAPollsRespondents() {
        assertThat(PhraseShapes.countsPeople(phrase("Nearly four in 10 likely voters"))).isTrue();
        assertThat(PhraseShapes.countsPeople(phrase("27 percent of those surveyed"))).isTrue();
        assertThat(PhraseShapes.countsPeople(phrase("Four senators from the state"))).isFalse();
        assertThat(typeLast("Only about 4 in 10 voters in each state want a change.", "Only about 4 in 10 voters in each state").type())
                .isEqualTo(SourceType.ANONYMOUS);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "And those who have a retirement plan might not like it.|those who have a retirement plan|ANONYMOUS",
            "And those plans might not work.|those plans|DOCUMENT",
    })
    void aGroupByARelativeClauseIsUnnamedPeople(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "The wall is futile, say critics, like John Oliver, on television.|critics, like John Oliver,|NAMED_PERSON",
            "The wall is futile, say critics on television.|critics|ANONYMOUS",
    })
    void aGroupNamedByAMemberTakesTheMembersType(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "The standards were adopted by more than 40 states last year.|more than 40 states|INSTITUTION",
            "A dispute is erupting among police organizations over the rules.|police organizations|INSTITUTION",
            "The standards were backed by more than 40 voters last year.|more than 40 voters|ANONYMOUS",
    })
    void pluralInstitutionsAreInstitutionsCountedOrNot(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "The agenda was clear (Senator Bernie Sanders of Vermont) to all.|(Senator Bernie Sanders of Vermont)|NAMED_OFFICIAL",
            "The couple were the subject of a crowd-sourced fundraising campaign last year.|a crowd-sourced fundraising campaign|INSTITUTION",
            "But the latest CNN-ORC poll shows that Trump leads.|the latest CNN-ORC poll|DOCUMENT",
            "But a fresh CNN-ORC poll shows how hard it will be to deny Trump the nomination.|a fresh CNN-ORC poll|DOCUMENT",
            "But a fresh CNN report shows how hard it will be.|a fresh CNN report|OUTLET",
    })
    void theNounHeadsThePhraseForTyping(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "The Republican Party’s presumed White House nominee, Trump, has won the support of millions.|The Republican Party’s presumed White House nominee, Trump|NAMED_OFFICIAL",
            "The Republican Party’s leaders have won the support of millions.|The Republican Party’s leaders|ANONYMOUS",
    })
    void aPossessorIsNotTheHeadOfWhatItHas(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "According to USA TODAY contributor and historian David Marsh, rates moved.|USA TODAY contributor and historian David Marsh|NAMED_PERSON",
            "According to USA TODAY, rates moved.|USA TODAY|OUTLET",
            "Michael Bloomberg ran the city. Bloomberg said he cannot win.|Bloomberg|NAMED_OFFICIAL",
            "Bloomberg said the market fell.|Bloomberg|OUTLET",
    })
    void anOutletNameSpeaksOnlyWhereItHeadsThePhrase(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "The parade was dampened by reports of a possible attack.|reports|ANONYMOUS",
            "The parade was dampened by the report of a possible attack.|the report of a possible attack|DOCUMENT",
            "A news report published Wednesday said the secretary used email.|A news report|OUTLET",
    })
    void bareReportsAreUnspecifiedAndNewsReportsAreTheOutlets(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Real estate mogul Donald Trump spoke first. The mogul said the wall would be built.|The mogul|NAMED_OFFICIAL",
            "Senator Bob Casey spoke first. The host said the show was over.|The host|NAMED_PERSON",
            "MSNBC host Joe Scarborough spoke first. Senator Bob Casey answered. The host said the show was over.|The host|NAMED_PERSON",
    })
    void aDefiniteDescriptionIsThePersonIntroducedWithItsNoun(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "The committee chairmen said the testimony was false.|The committee chairmen|NAMED_OFFICIAL",
            "Some committee chairmen said the testimony was false.|Some committee chairmen|ANONYMOUS",
    })
    void theDefinitePluralOfARoleNounIsIdentifiableOfficeHolders(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "If they act, British Columbia shows there is a way.|British Columbia|INSTITUTION",
            "If they act, Republican Trump shows there is a way.|Republican Trump|NAMED_OFFICIAL",
    })
    void aSingleNameAfterACapitalisedAdjectiveIsAPlace(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @Test
    void initialsBeforeASurnameAreAPersonsNotAnAcronym() {
        // the sentence splitter ends a sentence at "J.J.", so the mention reaches into the next one, as a cross-sentence span does
        String text = "J.J. MacNab said it started there.";
        AnalyzedText analyzed = SeedFixtures.body(text);
        java.util.List<news.credibility.text.Token> tokens = analyzed.sentences().stream().flatMap(x -> x.tokens().stream())
                .filter(t -> t.span().end() <= "J.J. MacNab".length()).toList();
        Sentence first = analyzed.sentences().get(0);
        NounPhrase initials = new NounPhrase(new Span(0, 11), "J.J. MacNab", tokens, null, tokens.get(0), NounPhrase.namesIn(tokens));
        assertThat(new SourceTyper(LEX, NameIndex.build(analyzed, LEX)).type(text, first, initials).type()).isEqualTo(SourceType.NAMED_PERSON);
        assertThat(typeLast("The F.B.I. said the inquiry was closed.", "The F.B.I.").type()).isEqualTo(SourceType.INSTITUTION);
    }

    @Test
    void aSurnameOpeningOnAParticleTakesTheOfficeOfItsFullName() {
        SourceTyper.Typing typing = typeLast("New York Mayor Bill de Blasio spoke first. De Blasio said the city was safe. He added more.", "He");
        assertThat(typing.type()).isEqualTo(SourceType.NAMED_OFFICIAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Donald Trump went to Mexico. Pena Nieto said the talks went well. Trump almost seemed to agree. \"It is a problem,\" he said.|he|NAMED_OFFICIAL",
            "Donald Trump went to Mexico. Pena Nieto said the talks went well. Almost everyone seemed to agree. \"It is a problem,\" he said.|he|NAMED_PERSON",
    })
    void aKnownSurnameOpeningASentenceIsANameWhateverItsTag(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Republican Trump and Democrat Clinton have criticized the firm. Both have promised new laws.|Both|NAMED_OFFICIAL",
            "Trump met Ann Brook, a farmer, on Monday. Both have promised new laws.|Both|ANONYMOUS",
    })
    void bothStandsForThePairNamedJustBefore(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“We have started,” campaign chairman Paul Hale said. The remarks suggest a new plan.|The remarks|NAMED_OFFICIAL",
            "The hall was full on Monday. The remarks suggest a new plan.|The remarks|ANONYMOUS",
    })
    void theRemarksAreTypedByWhoMadeThem(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Once a proponent of lower taxes, John Hale has since changed his mind.|a proponent|NAMED_PERSON",
            "Once a proponent of lower taxes, Governor John Hale has since changed his mind.|a proponent|NAMED_OFFICIAL",
            "A source close to the talks, who asked not to be named, said the deal was off.|A source close to the talks|ANONYMOUS",
            "Once a proponent of lower taxes, the party has since changed its mind.|a proponent|ANONYMOUS",
    })
    void anOpeningDescriptionIsTheNamedSubjectAfterIt(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }
}
