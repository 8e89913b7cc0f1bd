package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.credibility.lexicon.Lexicons;
import news.credibility.text.AnalyzedText;
import news.credibility.text.Article;
import news.credibility.text.BoilerplateClassifier;
import news.credibility.text.TextAnalyzer;

/** The attributions of the seed articles that the seed expectations rest on. */
class AttributionFinderTests {

    private static Lexicons lexicons;
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    @BeforeAll
    static void load() throws IOException {
        if (lexicons != null) {
            return;
        }
        lexicons = Lexicons.load(Path.of("rules/lexicons"));
    }

    /** An article's attributions as text, to assert on. */
    record Found(String cue, String source, String content, CueKind kind, Attribution attribution) {
    }

    static List<Found> find(String text) {
        Article article = new Article("t", text);
        AnalyzedText analyzed = ANALYZER.analyze(article, new BoilerplateClassifier().classify(article, lexicons));
        return new AttributionFinder().find(analyzed, lexicons).stream()
                .map(a -> new Found(words(a.cue().text(text)), a.source() == null ? null : words(a.source().text(text)),
                        words(a.content().text(text)), a.cueKind(), a))
                .toList();
    }

    /** The seeds hold no-break spaces ("was reported\u00a0to"): compare wording, not spacing. */
    private static String words(String s) {
        return s.replace('\u00a0', ' ');
    }

    static List<Found> seed(String name) throws IOException {
        return find(Files.readString(Path.of("seeds", name)));
    }

    static Found withCue(List<Found> found, String cue, String contentStart) {
        return found.stream().filter(f -> f.cue().equals(cue) && f.content().startsWith(contentStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with cue '" + cue + "' and content starting '"
                        + contentStart + "' in " + found));
    }

    @Test
    void seed000IsraeliJournalistWhoClaims() throws IOException {
        Found f = withCue(seed("000_da6047f014b8b818.txt"), "claims", "that Haftar met with members");
        assertThat(f.source()).isEqualTo("an Israeli journalist");
        assertThat(f.content()).endsWith("in Cairo from 2017 to 2019");
    }

    @Test
    void seed000JerusalemPostRelaysAnUnnamedArabNewspaper() throws IOException {
        Found f = withCue(seed("000_da6047f014b8b818.txt"), "asserting", "that Haftar planned to meet Israeli officials");
        assertThat(f.source()).startsWith("the Jerusalem Post").endsWith("an unnamed Arab newspaper");
        assertThat(f.content()).endsWith("in his push for power");
    }

    @Test
    void seed000IsSaidToHasNoSource() throws IOException {
        Found f = withCue(seed("000_da6047f014b8b818.txt"), "is said to", "have mediated the meetings");
        assertThat(f.source()).isNull();
        assertThat(f.kind()).isEqualTo(CueKind.EVIDENTIAL);
        assertThat(f.attribution().cueLemma()).isEqualTo("say");
    }

    @Test
    void seed000TheSourceDatesTheConnections() throws IOException {
        Found f = withCue(seed("000_da6047f014b8b818.txt"), "dates", "Haftar’s connections to the Jewish state");
        assertThat(f.source()).isEqualTo("The source");
        assertThat(f.content()).contains("as far back as 2011");
    }

    @Test
    void seed000EnvoyAccusedTehranAndCalledItAGraveViolation() throws IOException {
        List<Found> found = seed("000_da6047f014b8b818.txt");
        Found accused = withCue(found, "accused", "Tehran of supplying advanced weapons systems");
        assertThat(accused.source()).isEqualTo("the Israeli envoy to the UN");
        assertThat(accused.content()).endsWith("to Haftar");
        Found calling = found.stream().filter(f -> f.cue().equals("calling")).findFirst().orElseThrow();
        assertThat(calling.source()).isEqualTo("the Israeli envoy to the UN");
        assertThat(calling.content()).contains("grave violation of Security Council resolution 2231");
    }

    @Test
    void seed000IranDeniesZarifStatesIranContends() throws IOException {
        List<Found> found = seed("000_da6047f014b8b818.txt");
        Found denies = withCue(found, "denies", "these allegations");
        assertThat(denies.source()).isEqualTo("Iran");
        Found stated = withCue(found, "stated", "that Iran wanted to “have a political solution");
        assertThat(stated.source()).isEqualTo("Zarif");
        Found contends = withCue(found, "contends", "that Haftar’s main allies");
        assertThat(contends.source()).isEqualTo("Iran");
        assertThat(contends.content()).endsWith("the influence of the Gulf states in the region");
    }

    @Test
    void seed000AlBadriWasReportedToHaveSoughtSupport() throws IOException {
        Found f = withCue(seed("000_da6047f014b8b818.txt"), "was reported to", "have sought the support");
        assertThat(f.source()).isNull();
        assertThat(f.kind()).isEqualTo(CueKind.EVIDENTIAL);
        assertThat(f.content()).contains("“never and will never be enemies of Tel Aviv.”");
    }

    @Test
    void seed000HedgesAreNotAttributions() throws IOException {
        List<Found> found = seed("000_da6047f014b8b818.txt");
        assertThat(found).extracting(Found::cue).doesNotContain("reportedly", "ostensibly", "allegedly");
        assertThat(found).noneMatch(f -> f.content().startsWith("Haftar resided"));
    }

    @Test
    void seed002SourceFamiliarWithTheMeetingToldTheFreeBeacon() throws IOException {
        Found f = withCue(seed("002_c0ca0cacc21a58d2.txt"), "told", "Israeli intelligence officials met privately");
        assertThat(f.source()).isEqualTo("a source familiar with the meeting");
        assertThat(f.content()).endsWith("a signal that Israel is supporting his bid");
    }

    @Test
    void seed002AccordingToTheSourceAndItsQuoteContinued() throws IOException {
        List<Found> found = seed("002_c0ca0cacc21a58d2.txt");
        Found according = withCue(found, "according to", "During the meeting with Israeli intelligence officials");
        assertThat(according.source()).isEqualTo("the source familiar with the meeting");
        assertThat(according.content()).contains("\"the situation in the region\"").doesNotContain("according");
        Found continued = withCue(found, "according to", "\"The Israelis are supporting him.");
        assertThat(continued.attribution().source()).isEqualTo(according.attribution().source());
        assertThat(continued.attribution().cue()).isEqualTo(according.attribution().cue());
    }

    @Test
    void seed002LongBeenBelievedHasNoSource() throws IOException {
        Found f = withCue(seed("002_c0ca0cacc21a58d2.txt"), "been believed to", "support Haftar's father");
        assertThat(f.source()).isNull();
        assertThat(f.kind()).isEqualTo(CueKind.EVIDENTIAL);
    }

    @Test
    void seed002ReportInIsraelHayomAndCorriereDellaSera() throws IOException {
        List<Found> found = seed("002_c0ca0cacc21a58d2.txt");
        Found hayom = withCue(found, "according to", "Israeli intelligence sources expect");
        assertThat(hayom.source()).isEqualTo("a report in Israel Hayom");
        assertThat(hayom.content()).endsWith("between Haftar and Saif Al-Islam Qaddafi");
        Found corriere = withCue(found, "according to", "Qaddafi's bid is allegedly backed");
        assertThat(corriere.source()).isEqualTo("Italian newspaper Corriere della Sera");
        assertThat(corriere.content()).endsWith("in Moscow in September");
        // the nested "sources expect" belongs to the report's content, not to a relation of its own
        assertThat(found).extracting(Found::cue).doesNotContain("expect");
    }

    @Test
    void seed002StateDepartmentSpokesman() throws IOException {
        List<Found> found = seed("002_c0ca0cacc21a58d2.txt");
        Found told = withCue(found, "told", "that the United States is not taking a position");
        assertThat(told.source()).isEqualTo("A spokesman for the State Department");
        assertThat(told.content()).endsWith("the prospective Libyan candidates");
        Found added = withCue(found, "added", "that Qaddafi still remains on the U.S. sanctions list");
        assertThat(added.source()).isEqualTo("A spokesman for the State Department");
        Found said = withCue(found, "said", "\"While we are taking no position on candidates");
        assertThat(said.source()).isEqualTo("the spokesman");
        assertThat(said.content()).endsWith("International Criminal Court,\"");
        assertThat(found).extracting(Found::source).doesNotContain("we");
    }

    @Test
    void seed002HaftarClaimsCriticismMacronAndRightsGroups() throws IOException {
        List<Found> found = seed("002_c0ca0cacc21a58d2.txt");
        Found claims = withCue(found, "claims", "to hold a secular, pro-democratic vision");
        assertThat(claims.source()).startsWith("Haftar").contains("a captain in the Libyan National Army");
        Found criticism = withCue(found, "criticism", "leading a battalion");
        assertThat(criticism.source()).isEqualTo("the United Nations and Libyan activists");
        Found rebuked = withCue(found, "rebuked", "the Libyan warlord");
        assertThat(rebuked.source()).isEqualTo("French president Emmanuel Macron");
        assertThat(rebuked.content()).doesNotContain("human rights groups");
        Found accused = withCue(found, "accused", "him of indiscriminate war crimes");
        assertThat(accused.source()).isEqualTo("human rights groups");
    }

    @Test
    void seed002WhiteHouseStatement() throws IOException {
        Found f = withCue(seed("002_c0ca0cacc21a58d2.txt"), "according to", "The siege, however,");
        assertThat(f.source()).isEqualTo("a White House statement");
        assertThat(f.content()).contains("\"recognized Field Marshal Haftar's significant role");
    }

    @Test
    void seedBoilerplateAndHeadlinesYieldNoBodyAttributions() throws IOException {
        String text = Files.readString(Path.of("seeds", "002_c0ca0cacc21a58d2.txt"));
        int update = text.indexOf("Updated 4:05");
        assertThat(find(text)).noneMatch(f -> f.attribution().cue().start() >= update);
    }
    @Test
    void anOpeningLineWithAFullStopIsReadAsAHeadline() {
        List<Found> found = find("Lynch: No outside influence on FBI probe into Clinton emails.\n\n"
                + "Attorney General Loretta Lynch said on Tuesday that there was no influence.");
        Found colon = found.stream().filter(f -> f.cue().equals(":")).findFirst().orElseThrow();
        assertThat(colon.source()).isEqualTo("Lynch");
        assertThat(colon.content()).isEqualTo("No outside influence on FBI probe into Clinton emails");
    }

    @Test
    void aColonInALaterBodySentenceWithoutAVerbIsNoCue() {
        List<Found> found = find("Headline\n\nThe senator spoke at length.\n\nLynch: No outside influence on FBI probe.");
        assertThat(found).noneMatch(f -> f.cue().equals(":"));
    }
    @Test
    void aCueEndingItsSentenceWithAColonTakesTheQuoteBelow() {
        List<Found> found = find("Headline\n\nTrump spoke about Chicago. He said:\n\n"
                + "\"We have a situation where we have our inner cities. They are in bad shape.\"\n\nThe crowd cheered.");
        Found said = withCue(found, "said", "\"We have a situation");
        assertThat(said.source()).isEqualTo("He");
        assertThat(said.content()).endsWith("They are in bad shape.\"");
    }

    @Test
    void aColonWithNoQuoteBelowGivesNoAttribution() {
        List<Found> found = find("Headline\n\nHe said:\n\nThe crowd cheered and the band played.");
        assertThat(found).isEmpty();
    }
}
