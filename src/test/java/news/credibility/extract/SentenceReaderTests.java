package news.credibility.extract;

import static news.credibility.extract.AttributionFinderTests.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.credibility.extract.AttributionFinderTests.Found;

/** One test per attribution pattern, on short made-up paragraphs (a headline line first, as in news). */
class SentenceReaderTests {

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

    private static void assertFound(Found f, String cue, String source, String content) {
        assertThat(f.cue()).isEqualTo(cue);
        assertThat(f.source()).isEqualTo(source);
        assertThat(f.content()).isEqualTo(content);
    }

    @Test
    void subjectSaidThat() {
        assertFound(only("The minister said that the talks had failed."), "said", "The minister", "that the talks had failed");
        assertFound(only("The minister said the talks had failed."), "said", "The minister", "the talks had failed");
    }

    @Test
    void contentThenSubjectSaid() {
        assertFound(only("The talks have failed, the minister said."), "said", "the minister", "The talks have failed");
    }

    @Test
    void contentThenSaidSubject() {
        assertFound(only("The talks have failed, said Mr. Smith."), "said", "Mr. Smith", "The talks have failed");
    }

    @Test
    void toldSomeoneThat() {
        assertFound(only("Senator Jones told reporters on Tuesday that she would run."), "told", "Senator Jones",
                "that she would run");
    }

    @Test
    void accordingToBeforeAndAfter() {
        assertFound(only("According to the poll, Clinton leads by four points."), "According to", "the poll",
                "Clinton leads by four points");
        assertFound(only("Clinton leads by four points, according to a Bloomberg poll."), "according to",
                "a Bloomberg poll", "Clinton leads by four points");
    }

    @Test
    void relativeWhoClaims() {
        assertFound(only("The story came from a blogger, who claims that the mayor lied."), "claims", "a blogger",
                "that the mayor lied");
    }

    @Test
    void accusedSomeoneOf() {
        assertFound(only("Rights groups accused the army of war crimes."), "accused", "Rights groups",
                "the army of war crimes");
    }

    @Test
    void deniesAndContends() {
        assertFound(only("The company denies the allegations."), "denies", "The company", "the allegations");
        assertFound(only("Iran contends that the deal is void."), "contends", "Iran", "that the deal is void");
    }

    @Test
    void appositiveSubjectClaimsTo() {
        assertFound(only("Haftar, a captain in the army, claims to hold a secular vision."), "claims",
                "Haftar, a captain in the army", "to hold a secular vision");
    }

    @Test
    void evidentialPassivesHaveNoSource() {
        Found said = only("The firm is said to have paid the bribe.");
        assertThat(said.source()).isNull();
        assertThat(said.kind()).isEqualTo(CueKind.EVIDENTIAL);
        assertThat(said.cue()).isEqualTo("is said to");
        Found reported = only("The mayor was reported to have resigned.");
        assertThat(reported.source()).isNull();
        assertThat(reported.cue()).isEqualTo("was reported to");
    }

    @Test
    void reportedlyIsAHedgeNotAnAttribution() {
        assertThat(find("Headline\n\nThe general reportedly met the envoy in Cairo.")).isEmpty();
    }

    @Test
    void quoteThenSpeakerAndSpeakerThenQuote() {
        assertFound(only("“We will not give up,” the spokesman said."), "said", "the spokesman", "“We will not give up,”");
        assertFound(only("The spokesman said: “We will not give up.”"), "said", "The spokesman", "“We will not give up.”");
    }

    @Test
    void splitQuoteAroundTheSpeaker() {
        Found f = only("“That,” he said, “is part of the reality.”");
        assertThat(f.source()).isEqualTo("he");
        assertThat(f.content()).startsWith("“That,”").endsWith("“is part of the reality.”");
    }

    @Test
    void quoteContinuesInTheNextSentence() {
        List<Found> found = find("Headline\n\n“We tried,” the mayor said. “We failed. We will try again.”");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).attribution().cue()).isEqualTo(found.get(0).attribution().cue());
        assertThat(found.get(1).content()).isEqualTo("“We failed. We will try again.”");
        assertThat(find("Headline\n\n“We tried,” the mayor said. “We failed.”\n\n“Another paragraph,” she added."))
                .extracting(Found::source).containsExactly("the mayor", "the mayor", "she");
    }

    @Test
    void nounCuesAndRelayedAccounts() {
        assertFound(only("The paper published an account from a rival newspaper asserting that the deal was signed."),
                "asserting", "The paper published an account from a rival newspaper", "that the deal was signed");
        assertFound(only("He drew criticism from rights groups for jailing reporters."), "criticism", "rights groups",
                "jailing reporters");
    }

    @Test
    void participleSharesTheSubject() {
        List<Found> found = find("Headline\n\nThe senator said the bill was dead, adding that she would vote no.");
        assertThat(found).extracting(Found::cue).containsExactly("said", "adding");
        assertThat(found).extracting(Found::source).containsExactly("The senator", "The senator");
        assertThat(found.get(0).content()).isEqualTo("the bill was dead");
        assertThat(found.get(1).content()).isEqualTo("that she would vote no");
    }

    @Test
    void nestedAttributionInsideAQuoteIsNotKept() {
        List<Found> found = find("Headline\n\n“We would note that the rules apply,” the spokesman said.");
        assertThat(found).extracting(Found::source).containsExactly("the spokesman");
    }

    @Test
    void headlineColonAttribution() {
        List<Found> found = find("Poll: Voters Abandon the Party\n\nThe party lost ground.");
        assertThat(found).hasSize(1);
        assertFound(found.get(0), ":", "Poll", "Voters Abandon the Party");
    }

    @Test
    void objectsAndAdverbialsAloneAreNoContent() {
        assertThat(find("Headline\n\nThe company added 500 jobs last year.")).isEmpty();
        assertThat(find("Headline\n\nThe parliament confirmed an interim government.")).isEmpty();
    }

    @Test
    void quoteCreditedAfterADash() {
        List<Found> found = find("Headline\n\n“He is not fit to lead. He never was.” ― Maria Lopez\n\nNext paragraph here.");
        assertThat(found).hasSize(1);
        assertFound(found.get(0), "―", "Maria Lopez", "“He is not fit to lead. He never was.”");
    }

    @Test
    void transcriptSpeakerLabelsButNotListsInTheBody() {
        List<Found> found = find("Headline\n\nWALLACE: Governor, I want to ask you about the debate.\n\n"
                + "Iowa: Tim Albrecht, Brad Anderson, Rob Barron.");
        assertThat(found).extracting(Found::source).containsExactly("WALLACE");
    }

    @Test
    void questionThenBareSpeakerInTheNextSentence() {
        Found f = only("“They keep hitting you on this. Mistake?” he asked.");
        assertThat(f.source()).isEqualTo("he");
        assertThat(f.content()).startsWith("“They keep hitting you").endsWith("Mistake?”");
    }

    @Test
    void namesWithTitlesAndInitialsStayWhole() {
        assertThat(only("Gov. Mike Pence said the talks had failed.").source()).isEqualTo("Gov. Mike Pence");
        assertThat(only("The talks had failed, said Representative Charles B. Rangel of New York.").source())
                .isEqualTo("Representative Charles B. Rangel of New York");
        assertThat(only("Sen. David Perdue (R-Ga.) said he would vote no.").source()).isEqualTo("Sen. David Perdue (R-Ga.)");
    }

    @Test
    void subjectsWithParticiplesAndRelativeClauses() {
        assertThat(only("Those surveyed said the economy was the top issue.").source()).isEqualTo("Those surveyed");
        List<Found> found = find("Headline\n\nCruz, who says Trump is attacking him, said voters should back him.");
        assertThat(found).extracting(Found::cue).containsExactly("says", "said");
        assertThat(found.get(0).content()).isEqualTo("Trump is attacking him");
        // PolNeAR leaves a relative aside out after a surname (see SourcePhraseTests)
        assertThat(found.get(1).source()).isEqualTo("Cruz");
        assertThat(found.get(1).content()).isEqualTo("voters should back him");
    }

    @Test
    void studiesShowAndFindButPeopleDoNotShowUp() {
        assertThat(only("A 2014 study found 31 incidents of fraud among a billion ballots.").source()).isEqualTo("A 2014 study");
        assertThat(find("Headline\n\nThe senator showed the letter to reporters.")).isEmpty();
        assertThat(find("Headline\n\nThey live near a stream called Miracle Run.")).isEmpty();
    }

    @Test
    void cueInsideAQuotationBelongsToItsSpeaker() {
        List<Found> found = find("Headline\n\n“To those I say the following: vote for us. We will win,” he said.");
        assertThat(found).extracting(Found::source).containsExactly("he");
    }

    @Test
    void emptyBlankAndFurnitureOnlyArticlesHaveNoAttributions() {
        assertThat(find("")).isEmpty();
        assertThat(find("   \n\n  \t\n")).isEmpty();
        assertThat(find("ADVERTISEMENT\n\n***\n\nApril 1, 2021\n")).isEmpty();
        assertThat(find("“\n\n”\n\n―\n\n: said\n")).isNotNull();
    }

    @Test
    void sourcesTheTaggerMisreads() {
        assertThat(only("\"Carson is cratering,\" Texas-based Matt Mackowiak said.").source())
                .isEqualTo("Texas-based Matt Mackowiak");
        assertThat(only("\"I can guarantee it,\" said pollster Frank Luntz.").source()).isEqualTo("pollster Frank Luntz");
        assertThat(only("In a statement, a State Department official said, \"We are not going to speak to it.\"").source())
                .isEqualTo("a State Department official");
    }

    @Test
    void openingQuestionClauseIsAnAttributionOfItsOwn() {
        List<Found> found = find("Headline\n\nAsked whether the plan would work, the governor said no.");
        assertThat(found).hasSize(2);
        assertFound(found.get(0), "Asked", null, "whether the plan would work");
        assertFound(found.get(1), "said", "the governor", "no");
        List<Found> byAsker = find("Headline\n\nAsked by a reporter to explain the vote, Smith said it was a mistake.");
        assertFound(byAsker.get(0), "Asked", "a reporter", "to explain the vote");
        assertFound(byAsker.get(1), "said", "Smith", "it was a mistake");
        List<Found> quoted = find("Headline\n\nWhen asked if the mayor is “ready to lead,” most voters said yes.");
        assertFound(quoted.get(0), "asked", null, "if the mayor is “ready to lead,”");
    }

    @Test
    void askedWithAnObjectIsNoQuestionClause() {
        List<Found> found = find("Headline\n\nAsked questions are not always answered, the mayor said.");
        assertThat(found).extracting(Found::cue).doesNotContain("Asked");
    }

    @Test
    void participleAfterAClosedQuoteOrACopulaTakesTheSubject() {
        assertFound(only("Trump defended “New York values,” saying the city is brave."), "saying", "Trump",
                "the city is brave");
        assertFound(only("Fiorina was blunt about her rival, saying voters must stop him."), "saying", "Fiorina",
                "voters must stop him");
    }

    @Test
    void pollAsSubjectOfShowsWhateverTheTags() {
        assertFound(only("The PPIC poll shows the race breaking along familiar lines."), "shows", "The PPIC poll",
                "the race breaking along familiar lines");
        assertFound(only("The latest Reuters/Ipsos poll showed Trump leading the field."), "showed",
                "The latest Reuters/Ipsos poll", "Trump leading the field");
        assertFound(only("Exit polling showed that Clinton won every group."), "showed", "Exit polling",
                "that Clinton won every group");
    }

    @Test
    void showsWithoutASourceNounOrThatIsNoCue() {
        assertThat(find("Headline\n\nThe governor shows the visitors around the plant.")).isEmpty();
        assertThat(find("Headline\n\nThe poll released Friday shows nothing new, and the race goes on.")).extracting(Found::cue)
                .doesNotContain("released");
    }

    @Test
    void sourcesThroughTaggerSlips() {
        assertThat(only("“We are all props,” said Virginia delegate Beau Correll, angered by the vote.").source())
                .isEqualTo("Virginia delegate Beau Correll");
        assertThat(only("The talks will go on, the prime minister’s spokesman said.").source())
                .isEqualTo("the prime minister’s spokesman");
        assertThat(only("Bob Friedman, a talk show host in Alabama, said that he noticed the shift.").source())
                .isEqualTo("Bob Friedman, a talk show host in Alabama");
    }

    @Test
    void aClauseAfterTheCommaIsNoAppositive() {
        List<Found> found = find("Headline\n\nBob Friedman, a host, thinks the vote failed and said nothing.");
        assertThat(found).extracting(Found::source).doesNotContain("Bob Friedman, a host, thinks the vote failed");
    }

    @Test
    void objectOfPredictOrAnnounceIsItsContent() {
        assertFound(only("Patrick predicted a Cruz win in Texas."), "predicted", "Patrick", "a Cruz win in Texas");
        assertThat(find("Headline\n\nThe parliament confirmed an interim government.")).isEmpty();
    }

    @Test
    void oneWordAnswers() {
        assertFound(only("Everyone but Hewlett said yes."), "said", "Hewlett", "yes");
        assertThat(find("Headline\n\nThe minister said Tuesday.")).isEmpty();
    }

    @Test
    void pastTenseAfterANameIsAVerbWhateverTheTag() {
        List<Found> found = find("Headline\n\n\"Jeb crashed, and that didn't work,\" Trump tweeted Friday afternoon.");
        assertThat(found).extracting(Found::cue).containsExactly("tweeted");
        assertThat(found.get(0).source()).isEqualTo("Trump");
    }

    @Test
    void anSFormBetweenANounAndADeterminerIsTheVerb() {
        assertFound(only("Doyle said each year of education yields a 10% bump in income."), "said", "Doyle",
                "each year of education yields a 10% bump in income");
    }

    @Test
    void passiveReports() {
        assertFound(only("In an interview, he was asked what happened to the vote."), "asked", null,
                "what happened to the vote");
        assertFound(only("The pick was announced on Tuesday."), "announced", null, "The pick");
        assertFound(only("The tax has been criticized by economists."), "criticized", "economists", "The tax");
    }

    @Test
    void passivesThatReportNothing() {
        assertThat(find("Headline\n\nThe race was called for Cruz after the polls closed.")).isEmpty();
        assertThat(find("Headline\n\nThe man was charged with assault.")).isEmpty();
        assertThat(find("Headline\n\nThere is added security at the hall.")).isEmpty();
    }

    @Test
    void headlineSpeakerBeforeAColonWhateverTheTags() {
        List<Found> found = find("Trump: Cruz Has ‘To Come a Long Way’ On Ethanol.\n\nThe body says little.");
        assertThat(found).extracting(Found::cue).contains(":");
        assertThat(found.get(0).source()).isEqualTo("Trump");
    }

    @Test
    void headlineLabelsAreNoSpeakers() {
        assertThat(find("Breaking: Bernie Sanders Just Got A Major Win.\n\nThe body says little."))
                .extracting(Found::cue).doesNotContain(":");
        assertThat(find("The Latest: Cruz to give away engraved shotgun.\n\nThe body says little."))
                .extracting(Found::cue).doesNotContain(":");
    }

    @Test
    void wentOnToSayAndPostedAndCallsFor() {
        assertFound(only("She went on to say that the plan would fail."), "say", "She", "that the plan would fail");
        assertFound(only("“Putting Americans first,” she posted."), "posted", "she", "“Putting Americans first,”");
        assertFound(only("Senator Bernie Sanders calls for credit score reform."), "calls", "Senator Bernie Sanders",
                "for credit score reform");
    }

    @Test
    void postedObjectsAndPossessiveCallsAreNoCues() {
        assertThat(find("Headline\n\nShe posted the story on Facebook.")).isEmpty();
        assertThat(find("Headline\n\nThe party's calls for unity went unheeded.")).isEmpty();
        assertThat(find("Headline\n\nThe prices went on to rise.")).isEmpty();
    }

    @Test
    void quantitiesAndIncludingAsidesAsSubjects() {
        assertFound(only("Nearly half said they prefer someone with experience."), "said", "Nearly half",
                "they prefer someone with experience");
        assertThat(only("Six newspapers in New Jersey, including the Asbury Park Press, said he is unfit.").source())
                .isEqualTo("Six newspapers in New Jersey");
    }

    @Test
    void quantityWithoutAReportingVerbIsNoSource() {
        assertThat(find("Headline\n\nNearly half left before the vote.")).isEmpty();
    }

    @Test
    void aSentenceEndsAtAClosingQuoteTheDetectorRanOver() {
        List<Found> found = find("Headline\n\nHe bought a jet, according to his book ''The Art of the Deal.'' Mr. Trump said a smaller jet would have cost more.");
        assertThat(found).extracting(Found::cue).contains("said");
        assertThat(found.stream().filter(f -> f.cue().equals("said")).findFirst().orElseThrow().content())
                .isEqualTo("a smaller jet would have cost more");
    }

    @Test
    void anOpeningQuoteAfterAFullStopStartsNoSplit() {
        List<Found> found = find("Headline\n\nThe vote failed. \"We lost,\" she said.");
        assertThat(found).extracting(Found::content).containsExactly("\"We lost,\"");
    }

    @Test
    void laterWhenAskedClause() {
        List<Found> found = find("Headline\n\n“You bet I would,” Christie said when asked whether he would act.");
        assertThat(found).hasSize(2);
        assertFound(found.get(0), "asked", null, "whether he would act");
        assertFound(found.get(1), "said", "Christie", "“You bet I would,”");
    }

    @Test
    void askedWithoutWhenIsNoLaterClause() {
        assertThat(find("Headline\n\nThe mayor asked whether the road would open.")).extracting(Found::source)
                .containsExactly("The mayor");
    }

    @Test
    void participleAfterByOrWhileTakesTheSentenceSubject() {
        assertFound(only("Bolton distanced himself from the movement by saying he would be willing to help."), "saying",
                "Bolton", "he would be willing to help");
        assertThat(find("Headline\n\nThe senator won the debate by saying nothing.")).isEmpty();
    }

    @Test
    void aBackwardClosingQuoteClosesTheQuotation() {
        List<Found> found = find("Headline\n\nHe called them “criminals“ while campaigning. “We will win,” Trump told reporters.");
        assertThat(found).extracting(Found::cue).contains("told");
        assertThat(only("“That could create real problems for her here,“ said Jim Clyburn, a congressman.").source())
                .isEqualTo("Jim Clyburn, a congressman");
    }

    @Test
    void anOpeningQuoteAfterASpaceStillOpens() {
        List<Found> found = find("Headline\n\n“We tried. “Really” hard,” the mayor said.");
        assertThat(found).extracting(Found::cue).containsExactly("said");
    }

    @Test
    void aLinkedParticipleIsNoContentOfTheCueBefore() {
        List<Found> found = find("Headline\n\n“There is great danger,” Trump told reporters, before insisting he had a plan.");
        assertThat(found).hasSize(2);
        assertFound(found.get(0), "told", "Trump", "“There is great danger,”");
        assertFound(found.get(1), "insisting", "Trump", "he had a plan");
    }
}
