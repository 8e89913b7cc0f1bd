package news.credibility.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import news.credibility.lexicon.Lexicons;
import news.credibility.text.AnalyzedText;
import news.credibility.text.Article;
import news.credibility.text.Region;
import news.credibility.text.RegionKind;
import news.credibility.text.Span;
import news.credibility.text.TextAnalyzer;

/**
 * The seed articles with hand-made regions and hand-made attributions, as an attribution finder
 * could give them, for testing the reading builder on its own. Offsets are found with indexOf.
 */
public final class SeedFixtures {

    public static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static Lexicons lexicons;

    public static synchronized Lexicons lexicons() {
        if (lexicons == null) {
            try {
                lexicons = Lexicons.load(Path.of("rules/lexicons"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lexicons;
    }

    static String seed(String prefix) {
        try (var files = Files.list(Path.of("seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".txt")).findFirst().orElseThrow();
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds regions from marker phrases: each region runs from its marker to the next region's marker. */
    static AnalyzedText analyze(String text, Object... kindAndMarker) {
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < kindAndMarker.length; i += 2) {
            int start = text.indexOf((String) kindAndMarker[i + 1]);
            int end = i + 3 < kindAndMarker.length ? text.indexOf((String) kindAndMarker[i + 3]) : text.length();
            regions.add(new Region(new Span(start, end), (RegionKind) kindAndMarker[i], "fixture"));
        }
        return ANALYZER.analyze(new Article("fixture", text), regions);
    }

    /** An article that is all body. */
    public static AnalyzedText body(String text) {
        return ANALYZER.analyze(new Article("fixture", text), List.of(new Region(new Span(0, text.length()), RegionKind.BODY, "fixture")));
    }

    /** Attributions found by phrase, each piece searched from {@code anchor} on. */
    public static final class Attributions {
        private final String text;
        public final List<Attribution> list = new ArrayList<>();

        public Attributions(String text) {
            this.text = text.replace('\u00A0', ' '); // same length: offsets stay those of the original
        }

        public Attributions add(String anchor, String cue, String source, String content, String lemma, CueKind kind) {
            int from = text.indexOf(anchor);
            if (from < 0) {
                throw new IllegalArgumentException("anchor not found: " + anchor);
            }
            list.add(new Attribution(find(cue, from), source == null ? null : find(source, from), find(content, from), lemma, kind));
            return this;
        }

        private Span find(String piece, int from) {
            int at = text.indexOf(piece, from);
            if (at < 0) {
                throw new IllegalArgumentException("not found after anchor: " + piece);
            }
            return new Span(at, at + piece.length());
        }
    }

    /** Reads {@code text} (all body) with the attributions given, through the reading builder. */
    public static Reading read(String text, java.util.function.UnaryOperator<Attributions> attributions) {
        AnalyzedText analyzed = body(text);
        return new ReadingBuilder().build(analyzed, attributions.apply(new Attributions(text)).list, lexicons());
    }

    /** As {@link #read}, for an article published by {@code outlet}. */
    public static Reading readAs(String outlet, String text, java.util.function.UnaryOperator<Attributions> attributions) {
        Article article = new Article("fixture", text, new news.credibility.text.ArticleMetadata(outlet, null, null, null, null, null));
        AnalyzedText analyzed = ANALYZER.analyze(article, List.of(new Region(new Span(0, text.length()), RegionKind.BODY, "fixture")));
        return new ReadingBuilder().build(analyzed, attributions.apply(new Attributions(text)).list, lexicons());
    }

    /** The one claim whose text contains {@code phrase}. */
    public static Claim claim(Reading reading, String phrase) {
        List<Claim> found = reading.claims().stream().filter(c -> c.text().contains(phrase)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " claims contain \"" + phrase + "\": " + reading.claims().stream().map(Claim::text).toList());
        }
        return found.get(0);
    }

    static AnalyzedText seed000() {
        String t = seed("000");
        return analyze(t, RegionKind.HEADLINE, "New Reports Suggest", RegionKind.BODY, "Reports of Israeli support",
                RegionKind.BOILERPLATE, "Note to readers");
    }

    static List<Attribution> attributions000(String t) {
        return new Attributions(t)
                .add("But now another", "claims", "an Israeli journalist", "that Haftar met with members of the Israeli outfit in Cairo from 2017 to 2019", "claim", CueKind.VERB)
                .add("Two years earlier", "asserting", "the Jerusalem Post published an account from an unnamed Arab newspaper",
                        "that Haftar planned to meet Israeli officials during a visit to the capital of Jordan and struck a deal with them to exchange oil and arms for help in his push for power", "assert", CueKind.VERB)
                .add("The latest claims", "said", null, "have mediated the meetings between the commander of the Libyan National Army and two Israeli assets named by the anonymous source as Ackerman and Mizrachi", "say", CueKind.EVIDENTIAL)
                .add("Adding to the intrigue", "claims", null, "that Iran – Israel’s sworn enemy in the region – has also been providing Haftar with military aid in his campaign to topple the UN-recognized Government of National Accord (GNA) in Tripoli", "claim", CueKind.NOUN)
                .add("These accusations", "accused", "the Israeli envoy to the UN", "Tehran of supplying advanced weapons systems to Haftar", "accuse", CueKind.VERB)
                .add("Iran, for its part", "denies", "Iran", "these allegations", "deny", CueKind.VERB)
                .add("Zarif stated", "stated", "Zarif", "that Iran wanted to “have a political solution to the Libyan crisis to end the civil war”", "state", CueKind.VERB)
                .add("Iran contends", "contends", "Iran", "that Haftar’s main allies, such as the UAE and Saudi Arabia, are Iran’s enemies and it would, therefore, make no sense for them to support him in any way, as this would only increase the influence of the Gulf states in the region", "contend", CueKind.VERB)
                .add("In June, the deputy", "reported", null, "have sought the support of Israeli Prime Minister, Benjamin Netanyahu, saying that Libya has “never and will never be enemies of Tel Aviv.”", "report", CueKind.EVIDENTIAL)
                .list;
    }

    static AnalyzedText seed002() {
        String t = seed("002");
        return analyze(t, RegionKind.BOILERPLATE, "ADVERTISEMENT", RegionKind.HEADLINE, "Israeli Intel Officials Met",
                RegionKind.BOILERPLATE, "Libyans wave their", RegionKind.BODY, "Israeli intelligence officials met privately",
                RegionKind.BOILERPLATE, "Updated 4:05");
    }

    static List<Attribution> attributions002(String t) {
        return new Attributions(t)
                .add("Israeli intelligence officials met privately", "told", "a source familiar with the meeting", "Israeli intelligence officials met privately this month with the son of Libya's top warlord to discuss his 2021 presidential candidacy, a signal that Israel is supporting his bid", "tell", CueKind.VERB)
                .add("During the meeting", "according to", "the source familiar with the meeting", "During the meeting with Israeli intelligence officials, which took place earlier this month, the younger Haftar discussed \"the situation in the region\" and \"his aspiration for stability of his country,\" as well as his professed support for \"democracy in his country, law and order,\"", "according to", CueKind.ACCORDING_TO)
                .add("Israel's intelligence agencies have", "believed", null, "support Haftar's father", "believe", CueKind.EVIDENTIAL)
                .add("Israeli intelligence sources expect", "expect", "Israeli intelligence sources", "the election to be a battle between Haftar and Saif Al-Islam Qaddafi", "expect", CueKind.VERB)
                .add("Israeli intelligence sources expect", "according to", "a report in Israel Hayom", "Israeli intelligence sources expect the election to be a battle between Haftar and Saif Al-Islam Qaddafi", "according to", CueKind.ACCORDING_TO)
                .add("Qaddafi's bid", "according to", "Italian newspaper Corriere della Sera", "Qaddafi's bid is allegedly backed by Vladimir Putin's administration, which reportedly met with the candidate in Moscow in September", "according to", CueKind.ACCORDING_TO)
                .add("A spokesman for the State", "told", "A spokesman for the State Department", "that the United States is not taking a position on the prospective Libyan candidates", "tell", CueKind.VERB)
                .add("\"While we are taking", "said", "the spokesman", "\"While we are taking no position on candidates, we would note that Saif al-Islam Qadhafi is designated under U.N. and U.S. sanctions, and also remains subject to an outstanding arrest warrant issued by the International Criminal Court,\"", "say", CueKind.VERB)
                .add("Haftar, a captain", "claims", "Haftar, a captain in the Libyan National Army", "to hold a secular, pro-democratic vision for Libya, in line with his father", "claim", CueKind.VERB)
                .add("But he has also drawn", "criticism", "the United Nations and Libyan activists", "leading a battalion to allegedly raid nearly half-a-billion dollars from the Central Bank of Libya in 2017", "criticize", CueKind.NOUN)
                .add("French president", "accused", "human rights groups", "him of indiscriminate war crimes", "accuse", CueKind.VERB)
                .add("The siege, however", "according to", "a White House statement", "\"recognized Field Marshal Haftar's significant role in fighting terrorism and securing Libya's oil resources,\"", "according to", CueKind.ACCORDING_TO)
                .list;
    }
}
