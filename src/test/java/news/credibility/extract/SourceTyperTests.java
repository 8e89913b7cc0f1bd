package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.credibility.text.AnalyzedText;
import news.credibility.text.Sentence;
import news.credibility.text.Span;

class SourceTyperTests {

    /** Types {@code source} as it stands in {@code sentence} (which is the whole article). */
    private static SourceType type(String sentence, String source) {
        AnalyzedText analyzed = SeedFixtures.body(sentence);
        SourcingLexicons lex = SourcingLexicons.of(SeedFixtures.lexicons());
        int at = sentence.indexOf(source);
        Span span = new Span(at, at + source.length());
        Sentence s = analyzed.sentences().stream().filter(x -> x.span().contains(span)).findFirst().orElseThrow();
        return new SourceTyper(lex, NameIndex.build(analyzed, lex)).type(sentence, s, NounPhrase.of(sentence, s, span)).type();
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "These accusations come from the Israeli envoy to the UN, who accused Tehran.|the Israeli envoy to the UN|NAMED_OFFICIAL",
            "French president Emmanuel Macron said the campaign must stop.|French president Emmanuel Macron|NAMED_OFFICIAL",
            "Iranian Foreign Minister Javad Zarif said Iran wants peace.|Iranian Foreign Minister Javad Zarif|NAMED_OFFICIAL",
            "White House press secretary Jen Psaki told reporters the talks continue.|White House press secretary Jen Psaki|NAMED_OFFICIAL",
            "John Smith, a farmer, said the harvest was poor.|John Smith|NAMED_PERSON",
            "Iran contends that the allies are its enemies.|Iran|INSTITUTION",
            "A spokesman for the State Department told the paper that the US takes no side.|A spokesman for the State Department|INSTITUTION",
            "The Israeli embassy said nothing.|The Israeli embassy|INSTITUTION",
            "The interior ministry said three people died.|The interior ministry|INSTITUTION",
            "The United Nations said the aid was blocked.|The United Nations|INSTITUTION",
            "The Jerusalem Post published an account on Monday.|The Jerusalem Post|OUTLET",
            "An unnamed Arab newspaper asserted that the deal was struck.|An unnamed Arab newspaper|OUTLET",
            "Italian newspaper Corriere della Sera reported the meeting.|Italian newspaper Corriere della Sera|OUTLET",
            "Reuters reported that the talks failed.|Reuters|OUTLET",
            "The campaign went on, according to a White House statement.|a White House statement|DOCUMENT",
            "A police report said the driver fled.|A police report|DOCUMENT",
            "The poll found that most voters disagree.|The poll|DOCUMENT",
            "A source familiar with the meeting told the paper that it happened.|A source familiar with the meeting|ANONYMOUS",
            "The anonymous source named two men.|The anonymous source|ANONYMOUS",
            "Israeli intelligence sources expect a close race.|Israeli intelligence sources|ANONYMOUS",
            "Human rights groups accused him of war crimes.|Human rights groups|ANONYMOUS",
            "People briefed on the talks said a deal was near.|People briefed on the talks|ANONYMOUS",
            "A senior official said the plan was dropped.|A senior official|ANONYMOUS",
            "Officials said the road would reopen.|Officials|ANONYMOUS",
            "An Israeli journalist claims that the men met in Cairo.|An Israeli journalist|ANONYMOUS",
            "The NAACP said the law is unfair.|The NAACP|INSTITUTION",
            "Mr. King, 82, said the station was closing.|Mr. King, 82|NAMED_PERSON",
            "Republicans said the bill would fail.|Republicans|ANONYMOUS",
            "The New York businessman said the deal was done.|The New York businessman|NAMED_PERSON",
            "A businessman said the deal was done.|A businessman|ANONYMOUS",
            "A witness, Tom Hale, said the bus was late.|A witness, Tom Hale|NAMED_PERSON",
            "A spokesman, John Kirby, said the ship left.|A spokesman, John Kirby|NAMED_OFFICIAL",
            "State Department spokesman Ned Price said the ship left.|State Department spokesman Ned Price|NAMED_OFFICIAL",
            "The deputy prime minister, Abdul Salam al-Badri, said the talks failed.|The deputy prime minister, Abdul Salam al-Badri|NAMED_OFFICIAL",
    })
    void typesTheSourcePhrase(String sentence, String source, SourceType expected) {
        assertThat(type(sentence, source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Trump said the wall would be built.|Trump|NAMED_OFFICIAL",
            "Kasich told reporters the race was open.|Kasich|NAMED_OFFICIAL",
            "Hillary Rodham Clinton said the plan would work.|Hillary Rodham Clinton|NAMED_OFFICIAL",
            "Hillary told the crowd that the plan would work.|Hillary|NAMED_OFFICIAL",
            "Ivanka Trump said the plan would work.|Ivanka Trump|NAMED_PERSON",
            "Johnson said the road was closed.|Johnson|NAMED_PERSON",
            "Maria Kasich said the shop was closed.|Maria Kasich|NAMED_PERSON",
    })
    void theGazetteerKnowsWellKnownOfficeHoldersTheArticleGivesNoOffice(String sentence, String source, SourceType expected) {
        assertThat(type(sentence, source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "In addition to the inquiry, we now know that the server was wiped.|we|OUTLET",
            "The journalists are missing the point entirely, the host said.|The journalists|OUTLET",
            "Members of the conservative press said the visit was staged.|Members of the conservative press|OUTLET",
            "The paper's editorial board wrote that it was wrong. The piece goes on to slam the plan.|The piece|OUTLET",
            "A voice-over in the ad states that she will fight.|A voice-over in the ad|DOCUMENT",
            "Michael Petrilli, president of the Fordham Institute, said that scores rose.|Michael Petrilli|NAMED_OFFICIAL",
            "Last week, the F.B.I. director, James B. Comey, recommended that no charges be brought.|the F.B.I. director, James B. Comey|NAMED_OFFICIAL",
    })
    void outletVoicesDocumentsAndAppositiveOffices(String sentence, String source, SourceType expected) {
        assertThat(type(sentence, source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "surname {1} after its full name with a title -> NAMED_OFFICIAL")
    @CsvSource(delimiter = '|', value = {
            "Iranian Foreign Minister Javad Zarif met his counterpart. Later, Zarif stated that Iran wants peace.|Zarif stated",
            "Bank chairman Javad Zarif met the board. Later, Zarif stated that rates will rise.|Zarif stated",
            "Met with Iran's Minister Javad Zarif, the envoy left. Zarif stated that Iran wants peace.|Zarif stated",
    })
    void aSurnameTakesTheOfficeOfTheFullNameBeforeIt(String text, String anchor) {
        AnalyzedText analyzed = SeedFixtures.body(text);
        SourcingLexicons lex = SourcingLexicons.of(SeedFixtures.lexicons());
        int at = text.indexOf(anchor);
        Span span = new Span(at, at + "Zarif".length());
        Sentence s = analyzed.sentences().stream().filter(x -> x.span().contains(span)).findFirst().orElseThrow();
        SourceTyper.Typing typing = new SourceTyper(lex, NameIndex.build(analyzed, lex)).type(text, s, NounPhrase.of(text, s, span));
        assertThat(typing.type()).isEqualTo(SourceType.NAMED_OFFICIAL);
        assertThat(typing.name()).isEqualTo("Javad Zarif");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "President Obama spoke on Monday. Later, Mr. Obama said the deal holds.|Mr. Obama|NAMED_OFFICIAL",
            "Tulsa police Chief Chuck Jordan said the officer was suspended.|Tulsa police Chief Chuck Jordan|NAMED_OFFICIAL",
            "John D. Podesta, a chief of staff to the president, said the plan works.|John D. Podesta, a chief of staff to the president|NAMED_OFFICIAL",
            "Nearly eight of 10 voters said the economy matters most.|Nearly eight of 10 voters|ANONYMOUS",
            "The Roper Center for Public Opinion Research said turnout fell.|The Roper Center for Public Opinion Research|INSTITUTION",
    })
    void namesInContext(String text, String source, SourceType expected) {
        int at = text.lastIndexOf(source);
        AnalyzedText analyzed = SeedFixtures.body(text);
        SourcingLexicons lex = SourcingLexicons.of(SeedFixtures.lexicons());
        Span span = new Span(at, at + source.length());
        Sentence s = analyzed.sentences().stream().filter(x -> x.span().contains(span)).findFirst().orElseThrow();
        assertThat(new SourceTyper(lex, NameIndex.build(analyzed, lex)).type(text, s, NounPhrase.of(text, s, span)).type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Haftar, a captain in the Libyan National Army, claims to hold a vision.|Haftar|NAMED_OFFICIAL",
            "Haftar, a farmer from the east, claims to hold a vision.|Haftar|NAMED_PERSON",
    })
    void anAppositiveGivesANameItsOffice(String sentence, String source, SourceType expected) {
        assertThat(type(sentence, source)).isEqualTo(expected);
    }

    /** Types the last occurrence of {@code source} in {@code text}, read as an article. */
    private static SourceTyper.Typing typeLast(String text, String source) {
        return TypingFixture.typeLast(text, source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Governor Tom Hale spoke first. Ann Brook spoke next. He said the plan works.|He|NAMED_OFFICIAL|Tom Hale",
            "Governor Tom Hale spoke first. Ann Brook spoke next. She said the plan works.|She|NAMED_PERSON|Ann Brook",
            "Governor Tom Hale spoke first. His daughter Ivanka Hale spoke next. He said the plan works.|He|NAMED_OFFICIAL|Tom Hale",
            "Governor Tom Hale spoke first. His daughter Ivanka Hale spoke next. She said the plan works.|She|NAMED_PERSON|Ivanka Hale",
            "Tom Hale met reporters. \"I know what Ann Brook said,\" Hale said. He said the plan works.|He|NAMED_PERSON|Tom Hale",
            "Mrs. Brook met Mr. Hale. In the wake of Mr. Hale's remarks, Mrs. Brook left. She said the plan works.|She|NAMED_PERSON|Mrs. Brook",
            "Sen. Ted Cruz, who said the bill fails, left the room.|who|NAMED_OFFICIAL|Ted Cruz",
    })
    void pronounsStandForThePersonTheirGenderAndPlaceFit(String text, String source, SourceType type, String name) {
        SourceTyper.Typing typing = typeLast(text, source);
        assertThat(typing.type()).isEqualTo(type);
        assertThat(typing.name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Trump said the wall will be built. Later, Republican presidential candidate Donald Trump thanked the crowd.|Trump said|NAMED_OFFICIAL",
            "The Trump campaign bought ads in Iowa. Trump said the ads work.|Trump said|NAMED_OFFICIAL",
            "Donald Trump spoke in Phoenix. The Republican presidential nominee said the wall will be built.|Donald Trump|NAMED_OFFICIAL",
            "Sen. Kelly Ayotte (R-N.H.) left early. Ayotte said the vote was close.|Ayotte said|NAMED_OFFICIAL",
            "Tom Hale toured the port. Hale said the port is closed.|Hale said|NAMED_PERSON",
            "His rivals, Sens. Ted Cruz of Texas and Marco Rubio of Florida, urged him to stop. Rubio said it again.|Rubio said|NAMED_OFFICIAL",
            "Critics who say the plan fails were loud.|who|ANONYMOUS",
            "The report was released on Monday. It said the economy grew.|It|DOCUMENT",
            "For a government known for secrecy, the white paper is detailed. It lists the steps taken.|It|DOCUMENT",
            "The Chicago Sun-Times reported that the parade grew.|The Chicago Sun-Times|OUTLET",
            "Others shouted that the plan fails.|Others|ANONYMOUS",
            "Nine in 10 Democratic voters say the plan fails.|Nine in 10 Democratic voters|ANONYMOUS",
            "The pair of studies found that turnout fell.|The pair of studies|DOCUMENT",
            "Gay Republicans in Ohio are pushing for the plank.|Gay Republicans in Ohio|ANONYMOUS",
            "A study by the watchdog group Media Matters found that airtime grew.|A study by the watchdog group Media Matters|DOCUMENT",
            "Laurence Meyer, a former Fed governor, said the rates should rise.|a former Fed governor|NAMED_OFFICIAL",
    })
    void theArticleTellsWhatANameOrPhraseIs(String text, String source, SourceType expected) {
        assertThat(typeLast(text, source).type()).isEqualTo(expected);
    }
}
