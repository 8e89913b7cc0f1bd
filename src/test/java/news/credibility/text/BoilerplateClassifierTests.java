package news.credibility.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.credibility.lexicon.Lexicons;

class BoilerplateClassifierTests {

    private static Lexicons lexicons;
    private final BoilerplateClassifier classifier = new BoilerplateClassifier();

    @BeforeAll
    static void load() throws IOException {
        lexicons = Lexicons.load(Path.of("rules/lexicons"));
    }

    private static String seed(String name) throws IOException {
        return Files.readString(Path.of("seeds", name));
    }

    private static Region regionAt(String text, List<Region> regions, String fragment) {
        int at = text.indexOf(fragment);
        assertThat(at).as("fragment in text: %s", fragment).isGreaterThanOrEqualTo(0);
        return regions.stream().filter(r -> r.span().contains(at)).findFirst()
                .orElseThrow(() -> new AssertionError("no region covers " + fragment));
    }

    private static void assertKind(String text, List<Region> regions, String fragment, RegionKind kind) {
        assertThat(regionAt(text, regions, fragment).kind()).as(fragment).isEqualTo(kind);
    }

    @Test
    void seed000FooterIsBoilerplateAndFirstLineIsTheHeadline() throws IOException {
        String text = seed("000_da6047f014b8b818.txt");
        List<Region> regions = classifier.classify(new Article("000", text), lexicons);

        assertKind(text, regions, "New Reports Suggest Libyan Warlord", RegionKind.HEADLINE);
        for (String furniture : List.of("***", "Note to readers: please click", "Raul Diego is a MintPress News Staff Writer",
                "Articles by: Raul Diego", "Disclaimer: The contents", "www.globalresearch.ca contains copyrighted",
                "For media inquiries")) {
            assertKind(text, regions, furniture, RegionKind.BOILERPLATE);
        }
        int star = text.indexOf("\n*\n") + 1;
        assertThat(regions).filteredOn(r -> r.span().contains(star)).extracting(Region::reason).containsExactly("separator");
        assertThat(regionAt(text, regions, "Raul Diego is a").reason()).isEqualTo("author bio");
        assertThat(regionAt(text, regions, "Disclaimer:").reason()).isEqualTo("disclaimer");
        for (String body : List.of("Reports of Israeli support", "The stench of the CIA", "Iran, for its part, denies",
                "In June, the deputy prime minister")) {
            assertKind(text, regions, body, RegionKind.BODY);
        }
    }

    @Test
    void seed002AdvertCaptionDatelineUpdateAndTagsAreBoilerplate() throws IOException {
        String text = seed("002_c0ca0cacc21a58d2.txt");
        List<Region> regions = classifier.classify(new Article("002", text), lexicons);

        assertThat(regionAt(text, regions, "ADVERTISEMENT").reason()).isEqualTo("advertisement");
        assertThat(regionAt(text, regions, "Libyans wave their national flag").reason()).isEqualTo("photo caption");
        assertThat(regionAt(text, regions, "April 1, 2021").reason()).isEqualTo("dateline");
        assertThat(regionAt(text, regions, "Updated 4:05 p.m.").reason()).isEqualTo("update note");
        assertThat(regionAt(text, regions, "Published under:").reason()).isEqualTo("tag line");
        assertKind(text, regions, "Israeli Intel Officials Met With", RegionKind.HEADLINE);
        assertKind(text, regions, "Clandestine meeting with Saddam Haftar", RegionKind.HEADLINE);
        assertKind(text, regions, "Israeli intelligence officials met privately", RegionKind.BODY);
        assertKind(text, regions, "French president Emmanuel Macron", RegionKind.BODY);
    }

    @Test
    void regionsCoverEveryNonBlankLineOnceWithOriginalOffsets() throws IOException {
        for (String name : List.of("000_da6047f014b8b818.txt", "002_c0ca0cacc21a58d2.txt")) {
            String text = seed(name);
            List<Region> regions = classifier.classify(new Article(name, text), lexicons);
            for (int i = 1; i < regions.size(); i++) {
                assertThat(regions.get(i).span().start()).isGreaterThanOrEqualTo(regions.get(i - 1).span().end());
            }
            int offset = 0;
            for (String line : text.split("\n", -1)) {
                int at = offset;
                if (!line.isBlank()) {
                    int firstChar = at + (line.length() - line.stripLeading().length());
                    assertThat(regions).as("line %s", line).filteredOn(r -> r.span().contains(firstChar)).hasSize(1);
                }
                offset += line.length() + 1;
            }
            regions.forEach(r -> assertThat(r.span().text(text)).isEqualTo(text.substring(r.span().start(), r.span().end())));
        }
    }

    @Test
    void titleCasedFirstLineWithAFullStopIsAHeadlineAndTheBodyIsKept() {
        String text = "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\n"
                + "A Bloomberg poll shows that Americans living in households making $100,000 or more have abandoned the party.\n\n"
                + "The survey was conducted September 16-19.";
        List<Region> regions = classifier.classify(new Article("p", text), lexicons);

        assertKind(text, regions, "Poll: Wealthy", RegionKind.HEADLINE);
        assertKind(text, regions, "A Bloomberg poll", RegionKind.BODY);
        assertKind(text, regions, "The survey was", RegionKind.BODY);
    }

    @Test
    void bodyParagraphsThatMentionBoilerplateWordsStayBody() {
        String text = "Headline Here\n\n"
                + "The city sent a cease-and-desist letter Thursday. It says the campaign violated federal and state law by "
                + "using copyrighted material, including images of officers in uniform and at work, and the campaign said "
                + "it would comply.\n\nOfficials said the advertisement ran for a week.\n\nJohn Smith is a reporter who "
                + "covered the trial, the court said.\n\nMore text follows here.\n";
        List<Region> regions = classifier.classify(new Article("b", text), lexicons);

        assertKind(text, regions, "The city sent", RegionKind.BODY);
        assertKind(text, regions, "Officials said the advertisement", RegionKind.BODY);
        assertKind(text, regions, "John Smith is a reporter", RegionKind.BODY);
    }

    @Test
    void subheadingBetweenParagraphsIsHeadlineContext() throws IOException {
        String text = seed("000_da6047f014b8b818.txt");
        List<Region> regions = classifier.classify(new Article("000", text), lexicons);

        assertThat(regionAt(text, regions, "Allies in the desert").kind()).isEqualTo(RegionKind.HEADLINE);
        assertThat(regionAt(text, regions, "Allies in the desert").reason()).contains("subheading");
    }

    @Test
    void bylinesSeparatorsAndCreditsAreBoilerplate() {
        String text = "A Headline\n\nBy Jane Doe and John Roe\n\nThe minister said the talks failed.\n\n* * *\n\n"
                + "Protesters gather outside the parliament on Tuesday. (AP Photo/Someone)\n\nMore body text here.\n";
        List<Region> regions = classifier.classify(new Article("c", text), lexicons);

        assertThat(regionAt(text, regions, "By Jane Doe").reason()).isEqualTo("byline");
        assertThat(regionAt(text, regions, "* * *").reason()).isEqualTo("separator");
        assertThat(regionAt(text, regions, "Protesters gather").reason()).isEqualTo("photo caption");
        assertKind(text, regions, "The minister said", RegionKind.BODY);
    }
}
