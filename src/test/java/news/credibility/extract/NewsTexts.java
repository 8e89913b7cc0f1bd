package news.credibility.extract;

import java.util.List;
import java.util.Random;

/**
 * Generators of news-like text for the extraction property tests: sentences assembled from sources,
 * titles, reporting verbs and contents in the shapes attributions take in news (inverted order,
 * "according to", colon and dash introductions, quotes straight, curly, unbalanced, nested and
 * running over several sentences), separated by spaces, line breaks and blank lines, with
 * headlines, and noise (control characters, right-to-left text, emoji, HTML) dropped in anywhere.
 * Plain generators over a {@link Random}: the same seed gives the same text, so a failing try is
 * reproduced from its seed alone ({@link SeededTrials} reports it, with a shortened failing text).
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

    private static <T> T any(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One sentence (or a short run of sentences) in one of the 26 shapes attributions take in news. */
    static String sentence(Random r) {
        int shape = r.nextInt(26);
        List<String> quote = any(r, QUOTES);
        return render(shape, any(r, SOURCES), any(r, VERBS), any(r, CONTENTS), any(r, CONTENTS), quote.get(0), quote.get(1),
                any(r, SOURCES));
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

    /** Sentences joined by spaces, line breaks and blank lines, under a headline (perhaps empty). */
    static String article(Random r) {
        StringBuilder b = new StringBuilder(any(r, HEADLINES)).append(any(r, SEPARATORS));
        for (int i = r.nextInt(15); i > 0; i--) {
            b.append(sentence(r)).append(any(r, SEPARATORS));
        }
        return b.toString();
    }

    /** A news-like article with up to 12 pieces of noise dropped in at arbitrary places. */
    static String noisyArticle(Random r) {
        StringBuilder b = new StringBuilder(article(r));
        for (int i = r.nextInt(13); i > 0; i--) {
            b.insert(r.nextInt(b.length() + 1), any(r, NOISE));
        }
        return b.toString();
    }

    private static final List<String> JOINS = List.of(". ", ", ", "\n", " ", "?", "!", " that ", " according to ");

    /** Up to 40 fragments of news (noise, sources, verbs, joins) in any order: any mix, no grammar. */
    static String newsCharacterSoup(Random r) {
        List<List<String>> kinds = List.of(NOISE, SOURCES, VERBS, JOINS);
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(41); i > 0; i--) {
            b.append(any(r, any(r, kinds)));
        }
        return b.toString();
    }

    /**
     * Any UTF-16 string of up to {@code maxLength} chars: uniform chars over the whole BMP, lone
     * high and low surrogates, valid surrogate pairs, controls and odd whitespace, ASCII, and the
     * noise characters; lengths favour short strings, as edge cases hide there.
     */
    static String anyUnicode(Random r, int maxLength) {
        int length = r.nextInt(4) == 0 ? r.nextInt(Math.min(maxLength, 8) + 1) : r.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            switch (r.nextInt(6)) {
                case 0 -> b.append((char) r.nextInt(0x10000));
                case 1 -> b.append((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate, high or low
                case 2 -> b.appendCodePoint(0x10000 + r.nextInt(0x100000)); // may overshoot by one char
                case 3 -> b.append((char) (' ' + r.nextInt(95)));
                case 4 -> b.append(WHITESPACE_AND_CONTROLS.charAt(r.nextInt(WHITESPACE_AND_CONTROLS.length())));
                default -> {
                    String noise = any(r, NOISE);
                    b.append(noise.charAt(r.nextInt(noise.length())));
                }
            }
        }
        b.setLength(length);
        return b.toString();
    }

    private static final String WHITESPACE_AND_CONTROLS = "\u0000\u0001\u0007\t\n\u000B\f\r\u001B\u001F \u007F\u0085\u00A0"
            + "\u1680\u2000\u2007\u200B\u200E\u200F\u2028\u2029\u202A\u202E\u202F\u205F\u2066\u3000\uFEFF\uFFFD\uFFFE\uFFFF";

    /** Up to {@code maxLength} chars from printable ASCII plus line breaks, tab, curly quotes and the dash. */
    static String asciiPunctuationAndLineBreaks(Random r, int maxLength) {
        String extra = "\n\r\t“”’—";
        int length = r.nextInt(4) == 0 ? r.nextInt(Math.min(maxLength, 8) + 1) : r.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int k = r.nextInt(95 + extra.length());
            b.append(k < 95 ? (char) (' ' + k) : extra.charAt(k - 95));
        }
        return b.toString();
    }
}
