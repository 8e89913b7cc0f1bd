package news.credibility.extract;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of news-like text for the extraction property tests: sentences assembled from sources,
 * titles, reporting verbs and contents in the shapes attributions take in news (inverted order,
 * "according to", colon and dash introductions, quotes straight, curly, unbalanced, nested and
 * running over several sentences), separated by spaces, line breaks and blank lines, with
 * headlines, and noise (control characters, right-to-left text, emoji, HTML) dropped in anywhere.
 * Everything shrinks, so a failure is reported on a small input.
 */
final class NewsTexts {

    static final List<String> SOURCES = List.of("John Smith", "Abdul Salam al-Badri, the deputy prime minister of the eastern government,",
            "Mrs. Clinton", "Gov. Mike Pence", "Charles B. Rangel", "the spokesman", "a source familiar with the meeting",
            "officials", "He", "she", "They", "The Associated Press", "Reuters", "the ministry", "a senior U.S. official",
            "Dr. Ali Hassan (R-Ga.)", "the report", "İsmail Kaya", "Straße Weiß", "Ahmed", "the White House", "police",
            "two people who asked not to be named", "Israel Hayom", "it", "Prime Minister Netanyahu's office", "");

    static final List<String> VERBS = List.of("said", "told reporters", "claimed", "denied", "added", "warned", "stated",
            "insisted", "alleged", "reportedly said", "is said to believe", "confirmed", "did not say", "wrote", "tweeted",
            "asked", "declined to comment", "announced", "noted", "suggested", "says", "has said", "");

    static final List<String> CONTENTS = List.of("the talks failed", "the bridge will open in May", "there was no deal",
            "he would not resign", "the attack killed 12 people", "Libya's government is divided", "it is 'fake news'",
            "we will win", "the rest is noise", "the economy grew 3.2 percent", "nothing happened",
            "Iran had been warned by Israel", "the figures are wrong, and the report is a lie", "", "x");

    static final List<String> HEADLINES = List.of("Talks Collapse in Geneva", "minister quits over bridge",
            "EXCLUSIVE: Iran Warned Before Strike", "Why the Deal Failed", "UPDATE 2-Oil rises", "Who said what",
            "“We will win,” says Smith", "Breaking", "");

    /** Opening and closing marks: balanced curly, straight, single, doubled apostrophes, guillemets, and unbalanced. */
    static final List<List<String>> QUOTES = List.of(List.of("“", "”"), List.of("\"", "\""), List.of("‘", "’"),
            List.of("''", "''"), List.of("``", "''"), List.of("«", "»"), List.of("„", "“"), List.of("“", ""),
            List.of("", "”"), List.of("\"", ""), List.of("”", "“"));

    static final List<String> SEPARATORS = List.of(" ", " ", " ", "\n", "\n\n", "  ", "\r\n", "\n \n", "\t", "\n\n\n");

    /** Characters and fragments that break naive offset arithmetic or tokenisation. */
    static final List<String> NOISE = List.of("\u0000", "\u0007", "\u001b[0m", "\u200F", "\u200E", "\u202E", "\u202C",
            "\u2066", "مرحبا بالعالم قال المتحدث.", "שלום עולם", "😀", "👩‍👩‍👧", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uD83D", "\uDE00", "<p>", "</b>",
            "<a href=\"https://x.example/?a=1&b=2\">", "&amp;", "&#8220;", "\uFEFF", "\u00A0", "\u202F", "\u2028", "\u2029",
            "\u0085", "\f", "\u000B", "\r", "e\u0308", "ﬁ", "İ", "ß", "Σ", "—", "―", "--", "...", "…", "(", ")", ":", ";",
            "“", "”", "\"", "'", "’", "*", "\\", "%s", "{{x}}", "\t");

    private NewsTexts() {
    }

    private static Arbitrary<String> source() {
        return Arbitraries.of(SOURCES);
    }

    private static Arbitrary<String> verb() {
        return Arbitraries.of(VERBS);
    }

    private static Arbitrary<String> content() {
        return Arbitraries.of(CONTENTS);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One sentence (or a short run of sentences) in one of the shapes attributions take in news. */
    static Arbitrary<String> sentence() {
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 25);
        return Combinators.combine(shape, source(), verb(), content(), content(), Arbitraries.of(QUOTES), source())
                .as((k, s, v, c, d, q, t) -> render(k, s, v, c, d, q.get(0), q.get(1), t));
    }

    static String render(int shape, String s, String v, String c, String d, String o, String e, String t) {
        return switch (shape) {
            case 0 -> capitalise(s) + " " + v + " that " + c + ".";
            case 1 -> o + capitalise(c) + "," + e + " " + s + " " + v + ".";
            case 2 -> o + capitalise(c) + "," + e + " " + v + " " + s + ".";
            case 3 -> capitalise(s) + " " + v + ": " + o + capitalise(c) + "." + e;
            case 4 -> "According to " + s + ", " + c + ".";
            case 5 -> capitalise(c) + ", " + s + " " + v + ".";
            case 6 -> o + capitalise(c) + ". " + capitalise(d) + "," + e + " " + s + " " + v + ".";
            case 7 -> capitalise(s) + " " + v + " " + o + capitalise(c) + ". " + capitalise(d) + ". We are strong." + e;
            case 8 -> o + capitalise(c) + e + " — " + s;
            case 9 -> o + capitalise(c) + "." + e + "―" + s;
            case 10 -> capitalise(s) + " " + v + " that " + t + " " + v + " that " + o + c + " ‘" + d + "’." + e;
            case 11 -> capitalise(s) + " (" + t + ") " + v + " " + c + ".";
            case 12 -> capitalise(s) + " " + v + " the claims.";
            case 13 -> o + capitalise(c) + "," + e + " " + s + " " + v + ", " + o + d + "." + e;
            case 14 -> capitalise(c) + " " + capitalise(d); // a headline-like line without punctuation
            case 15 -> capitalise(s) + " " + v + " " + t + " " + c + ", but " + v + " " + d + ".";
            case 16 -> capitalise(s) + ", who " + v + " " + c + ", " + v + " " + d + ".";
            case 17 -> capitalise(c) + ", " + s + " " + v + " " + t + " on condition of anonymity.";
            case 18 -> capitalise(s) + " " + v + " " + c + " -- " + d + "; " + t + " " + v + " otherwise.";
            case 19 -> o + o + o + capitalise(c) + e + e + " " + s + " " + v + "." + e;
            case 20 -> capitalise(c) + ", " + v + " " + s + ", adding: " + o + d + e;
            case 21 -> "The talks, " + s + " " + v + ", " + c + ".";
            case 22 -> "According to " + s + " " + c + ".";
            case 23 -> capitalise(c) + ", according to " + s + ", which " + v + " " + d + ".";
            case 24 -> o + capitalise(c) + ".\n" + capitalise(d) + "," + e + " " + s + " " + v + "."; // a quote across a line break
            default -> capitalise(s) + " " + v + " " + c;
        };
    }

    /** Sentences joined by spaces, line breaks and blank lines, perhaps under a headline. */
    static Arbitrary<String> article() {
        Arbitrary<String> unit = Combinators.combine(sentence(), Arbitraries.of(SEPARATORS)).as((s, sep) -> s + sep);
        return Combinators.combine(Arbitraries.of(HEADLINES), Arbitraries.of(SEPARATORS), unit.list().ofMaxSize(14))
                .as((h, sep, body) -> h + sep + String.join("", body));
    }

    /** A news-like article with noise dropped in at arbitrary places. */
    static Arbitrary<String> noisyArticle() {
        var insertion = Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.of(NOISE)).as(Tuple::of);
        return Combinators.combine(article(), insertion.list().ofMaxSize(12)).as((text, noise) -> {
            StringBuilder b = new StringBuilder(text);
            noise.forEach(n -> b.insert(n.get1() % (b.length() + 1), n.get2()));
            return b.toString();
        });
    }

    /** Strings over the characters of news, noise included: any mix, no grammar. */
    static Arbitrary<String> newsCharacterSoup() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(NOISE), Arbitraries.of(SOURCES), Arbitraries.of(VERBS),
                Arbitraries.of(". ", ", ", "\n", " ", "?", "!", " that ", " according to "));
        return piece.list().ofMaxSize(40).map(ps -> String.join("", ps));
    }
}
