package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import news.credibility.signal.Signal;
import news.credibility.signal.SignalType;
import news.credibility.text.Article;

import static news.credibility.signal.SignalType.*;

/**
 * The acceptance reading of the two seed articles (../shared/spec/seed-expectations.md), end to end
 * through {@link NewsArticleReader}: one case per table row, found by a distinctive phrase of the
 * claim's content; its source type (any of the alternatives the table allows) and each listed signal.
 */
class SeedExpectationsTests {

    private static final NewsArticleReader READER = new NewsArticleReader(SeedFixtures.ANALYZER);
    private static final Map<String, Reading> READINGS = new ConcurrentHashMap<>();

    /** One row: seed, row number, a phrase of the claim, acceptable source types, signals it must have. */
    record Row(String seed, String row, String phrase, Set<SourceType> types, List<SignalType> signals) {
        @Override
        public String toString() {
            return seed + " #" + row + " \"" + phrase + "\" -> " + types + " " + signals;
        }
    }

    static Reading reading(String seed) {
        return READINGS.computeIfAbsent(seed, s -> READER.read(new Article(s, SeedFixtures.seed(s)), SeedFixtures.lexicons()));
    }

    static Claim claim(String seed, String phrase) {
        List<Claim> found = reading(seed).claims().stream().filter(c -> c.text().replace('\u00A0', ' ').contains(phrase)).toList();
        assertThat(found).as("claims of seed %s containing \"%s\"", seed, phrase).hasSize(1);
        return found.get(0);
    }

    static Stream<Row> rows() {
        return Stream.of(
                row("000", "1", "met with members of the Israeli outfit in Cairo", Set.of(SourceType.ANONYMOUS), HEDGED, SINGLE_SOURCE),
                row("000", "2", "reportedly coordinated with the Israeli Defense Forces", Set.of(SourceType.UNATTRIBUTED), HEDGED),
                row("000", "3", "planned to meet Israeli officials", Set.of(SourceType.OUTLET), SECOND_HAND, ANONYMOUS_ORIGIN),
                row("000", "4", "mediated the meetings", Set.of(SourceType.ANONYMOUS), HEDGED),
                row("000", "5", "Israeli Air Force ostensibly coordinated", Set.of(SourceType.ANONYMOUS), HEDGED, SAME_SOURCE),
                row("000", "6", "supplying advanced weapons systems", Set.of(SourceType.NAMED_OFFICIAL, SourceType.INSTITUTION), DENIED, DIRECT_QUOTE, INTERESTED_PARTY),
                row("000", "7", "political solution to the Libyan crisis", Set.of(SourceType.NAMED_OFFICIAL), DIRECT_QUOTE, ON_RECORD),
                row("000", "8", "are Iran’s enemies", Set.of(SourceType.INSTITUTION), INTERESTED_PARTY, SELF_SERVING),
                row("000", "9", "resided for two decades", Set.of(SourceType.UNATTRIBUTED)),
                row("000", "10", "cultivated relationships with African despots", Set.of(SourceType.UNATTRIBUTED)),
                row("000", "11", "sought the support of Israeli Prime Minister", Set.of(SourceType.ANONYMOUS, SourceType.UNATTRIBUTED), HEDGED, DIRECT_QUOTE, DENIED),
                row("002", "1", "met privately this month", Set.of(SourceType.ANONYMOUS), SINGLE_SOURCE, EXCLUSIVE),
                row("002", "2", "the situation in the region", Set.of(SourceType.ANONYMOUS), DIRECT_QUOTE, SAME_SOURCE),
                row("002", "3", "The Israelis are supporting him", Set.of(SourceType.ANONYMOUS), DIRECT_QUOTE),
                row("002", "5", "support Haftar's father", Set.of(SourceType.UNATTRIBUTED), HEDGED, NOT_CONFIRMED),
                row("002", "6", "a battle between Haftar and Saif Al-Islam Qaddafi", Set.of(SourceType.ANONYMOUS, SourceType.OUTLET), SECOND_HAND, SINGLE_OUTLET),
                row("002", "7", "backed by Vladimir Putin's administration", Set.of(SourceType.OUTLET), SECOND_HAND, SINGLE_OUTLET, HEDGED),
                row("002", "8", "not taking a position on the prospective Libyan candidates", Set.of(SourceType.INSTITUTION), ON_RECORD),
                row("002", "8", "we are taking no position on candidates", Set.of(SourceType.INSTITUTION), DIRECT_QUOTE, ON_RECORD),
                row("002", "9", "secular, pro-democratic vision", Set.of(SourceType.NAMED_OFFICIAL), SELF_SERVING, HEDGED),
                row("002", "10", "raid nearly half-a-billion dollars", Set.of(SourceType.INSTITUTION, SourceType.ANONYMOUS), HEDGED),
                row("002", "11", "whom France had backed for years", Set.of(SourceType.NAMED_OFFICIAL)),
                row("002", "11", "indiscriminate war crimes", Set.of(SourceType.ANONYMOUS)),
                row("002", "12", "significant role in fighting terrorism", Set.of(SourceType.DOCUMENT), DIRECT_QUOTE, OFFICIAL_STATEMENT),
                row("002", "13", "becoming a CIA asset in the 1990s", Set.of(SourceType.UNATTRIBUTED)));
    }

    private static Row row(String seed, String row, String phrase, Set<SourceType> types, SignalType... signals) {
        return new Row(seed, row, phrase, types, List.of(signals));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void claimHasTheExpectedSourceTypeAndSignals(Row row) {
        Claim c = claim(row.seed(), row.phrase());
        assertThat(c.sourceType()).as("source type of %s", c.text()).isIn(row.types());
        assertThat(c.signals()).extracting(Signal::type).as("signals of %s", c.text()).containsAll(row.signals());
    }

    @Test
    void seed000ClaimsOneFourAndFiveRestOnOneAnonymousSource() {
        Source s1 = claim("000", "met with members of the Israeli outfit").source();
        assertThat(s1).isNotNull();
        assertThat(s1.type()).isEqualTo(SourceType.ANONYMOUS);
        assertThat(claim("000", "mediated the meetings").source()).isSameAs(s1);
        assertThat(claim("000", "Israeli Air Force ostensibly coordinated").source()).isSameAs(s1);
    }

    @Test
    void seed002ClaimsOneToThreeRestOnOneAnonymousSource() {
        Source s1 = claim("002", "met privately this month").source();
        assertThat(s1).isNotNull();
        assertThat(s1.type()).isEqualTo(SourceType.ANONYMOUS);
        assertThat(claim("002", "the situation in the region").source()).isSameAs(s1);
        assertThat(claim("002", "The Israelis are supporting him").source()).isSameAs(s1);
    }

    @Test
    void seed000DenialByIranIsASignalOnClaimSixNotAClaim() {
        assertThat(reading("000").claims()).noneMatch(c -> c.text().contains("denies these allegations"));
        Claim six = claim("000", "supplying advanced weapons systems");
        String text = reading("000").text();
        assertThat(six.signals()).filteredOn(s -> s.type() == DENIED)
                .anySatisfy(s -> assertThat(s.evidence().text(text)).contains("denies these allegations"));
    }

    @Test
    void seed000DenialByAlBadriIsASignalOnClaimEleven() {
        String text = reading("000").text();
        assertThat(reading("000").claims()).noneMatch(c -> c.text().contains("forced to deny the report"));
        assertThat(claim("000", "sought the support of Israeli Prime Minister").signals()).filteredOn(s -> s.type() == DENIED)
                .anySatisfy(s -> assertThat(s.evidence().text(text)).contains("deny the report"));
    }

    @Test
    void seed002NoCommentFromTheEmbassyIsASignalOnClaimsOneToThreeNotAClaim() {
        assertThat(reading("002").claims()).noneMatch(c -> c.text().contains("did not respond"));
        for (String phrase : List.of("met privately this month", "the situation in the region", "The Israelis are supporting him")) {
            assertThat(claim("002", phrase).has(NO_COMMENT)).as("NO_COMMENT on %s", phrase).isTrue();
        }
    }

    @ParameterizedTest(name = "000 opinion: {0}")
    @ValueSource(strings = {"The stench of the CIA", "What is undeniable, however", "The more successful Israel is",
            "So it is perhaps not too surprising"})
    void seed000AuthorAnalysisIsOpinion(String phrase) {
        Claim c = claim("000", phrase);
        assertThat(c.kind()).isEqualTo(ClaimKind.OPINION);
        assertThat(c.sourceType()).isEqualTo(SourceType.UNATTRIBUTED);
        assertThat(c.has(OPINION)).isTrue();
    }

    @ParameterizedTest(name = "not a claim: {0}")
    @MethodSource("notClaims")
    void boilerplateAndHeadlinesAreNotClaims(String seed, String phrase) {
        String text = reading(seed).text();
        int at = text.indexOf(phrase);
        assertThat(at).as("fixture phrase present").isGreaterThanOrEqualTo(0);
        assertThat(reading(seed).claims()).noneMatch(c -> c.content().contains(at) || c.sentence().contains(at));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> notClaims() {
        return Stream.of("000:New Reports Suggest Libyan Warlord", "000:Note to readers", "000:Raul Diego is a MintPress",
                        "000:Articles by: Raul Diego", "000:Disclaimer: The contents", "000:contains copyrighted material",
                        "000:For media inquiries", "000:***", "002:ADVERTISEMENT", "002:Israeli Intel Officials Met",
                        "002:Clandestine meeting with Saddam Haftar", "002:Libyans wave their national flag", "002:April 1, 2021",
                        "002:Updated 4:05 p.m.", "002:Published under")
                .map(s -> org.junit.jupiter.params.provider.Arguments.of(s.substring(0, 3), s.substring(4)));
    }

    @Test
    void neitherSeedConfirmsIsraeliSupportForTheHaftars() {
        for (Claim c : List.of(claim("000", "met with members of the Israeli outfit"), claim("002", "met privately this month"),
                claim("002", "support Haftar's father"))) {
            assertThat(c.has(CONFIRMED) || c.has(CORROBORATED)).as("confirmed or corroborated: %s", c.text()).isFalse();
        }
    }

    @Test
    void claimIdsFollowTextOrder() {
        for (String seed : List.of("000", "002")) {
            List<Claim> claims = reading(seed).claims();
            for (int i = 0; i < claims.size(); i++) {
                assertThat(claims.get(i).id()).isEqualTo("c" + (i + 1));
                if (i > 0) {
                    assertThat(claims.get(i).content().start()).isGreaterThanOrEqualTo(claims.get(i - 1).content().start());
                }
            }
        }
    }

    @Test
    void everyReportedClaimOfTheSeedsHasASourceTypeOtherThanUnattributedOrIsHedged() {
        EnumSet<SourceType> named = EnumSet.complementOf(EnumSet.of(SourceType.UNATTRIBUTED));
        for (String seed : List.of("000", "002")) {
            assertThat(reading(seed).claims()).filteredOn(c -> c.kind() == ClaimKind.REPORTED)
                    .allSatisfy(c -> assertThat(named.contains(c.sourceType()) || c.has(HEDGED)).as(c.text()).isTrue());
        }
    }
}
