package news.credibility.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

import news.credibility.lexicon.Lexicon;
import news.credibility.lexicon.Lexicons;

/**
 * Line-level tests for boilerplate: the phrases of {@code boilerplate.txt} plus a few shapes no
 * phrase list can hold (datelines, separators, bylines, author bios, update notes). Built once per
 * {@link Lexicons} instance; every pattern is anchored and free of nested quantifiers, so a test
 * costs time linear in the line's length.
 */
final class BoilerplateRules {

    private static final Map<Lexicons, BoilerplateRules> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    /** "April 1, 2021", "Thursday, April 1, 2021", "1 April 2021", "04/01/2021", with an optional time. */
    private static final Pattern DATELINE = Pattern.compile("(?:" + WEEKDAY + ",? )?(?:" + MONTH + " \\d{1,2},? \\d{4}"
            + "|\\d{1,2} " + MONTH + ",? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:,? (?:at )?\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,4})?)?");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    /** A line of symbols only: "***", "*", "---", "* * *". */
    private static final Pattern SEPARATOR = Pattern.compile("[\\p{Punct}\\p{S}\\s]+");
    /** "By Jane Doe", "By Jane Doe and John Roe", "By JANE DOE, Associated Press". */
    private static final Pattern BYLINE = Pattern.compile("(?i:by) \\p{Lu}[\\p{L}.'’-]*(?:,? (?:and |& )?\\p{Lu}[\\p{L}.'’-]*){0,6}");
    /** "Updated 4:05 p.m. to include ...", "UPDATE: ...", "Correction: ...", "Editor's note: ...". */
    private static final Pattern UPDATE_NOTE = Pattern.compile("(?:(?i:updated?)(?:\\s*:|\\s+(?:at\\s+|on\\s+)?\\d)"
            + "|(?i:correction|clarification|editor['’]s note)\\s*:).*");
    /** "Raul Diego is a MintPress News Staff Writer, ..." : a name, then a writer's role. */
    private static final Pattern BIO = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3} (?:is|was) (?:an?|the) "
            + "[^.]{0,80}?\\b(?i:writer|reporter|correspondent|journalist|editor|columnist|contributor|author|filmmaker|analyst|photographer)\\b.*");
    /** How far from a line's end a photo credit may start, and how much may follow it ("/Jane Doe)"). */
    private static final int CREDIT_TAIL = 80;
    private static final int CREDIT_REST = 30;

    /** A line this short is furniture or a one-line note, not a paragraph discussing one. */
    private static final int SHORT_LINE = 200;

    private final List<Phrase> prefixes = new ArrayList<>();
    private final List<Phrase> contains = new ArrayList<>();
    private final List<Phrase> lines = new ArrayList<>();
    private final List<Phrase> credits = new ArrayList<>();

    private record Phrase(String text, String reason) {
    }

    private BoilerplateRules(Lexicon lexicon) {
        for (String entry : lexicon.words()) {
            String match = lexicon.attribute(entry, "match");
            String reason = lexicon.attribute(entry, "reason");
            Phrase p = new Phrase(entry, reason == null ? "boilerplate phrase '" + entry + "'" : reason);
            switch (match == null ? "contains" : match) {
                case "prefix" -> prefixes.add(p);
                case "line" -> lines.add(p);
                case "credit" -> credits.add(p);
                default -> contains.add(p);
            }
        }
    }

    static BoilerplateRules of(Lexicons lexicons) {
        return CACHE.computeIfAbsent(lexicons, l -> new BoilerplateRules(l.get("boilerplate")));
    }

    /**
     * Why {@code line} (trimmed) is boilerplate, or null where it is not. {@code tail} is true for
     * the article's last lines, where disclaimers and notes sit.
     */
    String reason(String line, boolean tail) {
        String lower = line.toLowerCase(Locale.ROOT);
        String bare = EDGE_PUNCTUATION.matcher(lower).replaceAll("");
        if (SEPARATOR.matcher(line).matches()) {
            return "separator";
        }
        for (Phrase p : lines) {
            if (bare.equals(p.text())) {
                return p.reason();
            }
        }
        for (Phrase p : prefixes) {
            if (lower.startsWith(p.text()) && (lower.length() == p.text().length()
                    || !Character.isLetterOrDigit(lower.charAt(p.text().length())))) {
                return p.reason();
            }
        }
        for (Phrase p : contains) {
            if ((tail || line.length() < SHORT_LINE) && lower.contains(p.text())) {
                return p.reason();
            }
        }
        if (DATELINE.matcher(line).matches()) {
            return "dateline";
        }
        if (UPDATE_NOTE.matcher(line).matches() && line.length() < 200) {
            return "update note";
        }
        if (line.length() < 80 && BYLINE.matcher(line).matches()) {
            return "byline";
        }
        return creditReason(lower);
    }

    /** "Raul Diego is a MintPress News Staff Writer, ...": only meaningful after the last paragraph. */
    boolean isBio(String line) {
        return line.length() < 400 && BIO.matcher(line).matches();
    }

    /** A caption: the line ends with a photo credit set off by a slash, pipe, dash or parenthesis. */
    private String creditReason(String lower) {
        String tail = lower.substring(Math.max(0, lower.length() - CREDIT_TAIL));
        for (Phrase p : credits) {
            int at = tail.lastIndexOf(p.text());
            if (at < 0 || tail.length() - at - p.text().length() > CREDIT_REST) {
                continue;
            }
            int b = at - 1;
            while (b >= 0 && tail.charAt(b) == ' ') {
                b--;
            }
            if (b >= 0 && "/|—–(".indexOf(tail.charAt(b)) >= 0) {
                return p.reason();
            }
        }
        return null;
    }
}
