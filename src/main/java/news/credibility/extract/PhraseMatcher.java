package news.credibility.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.credibility.lexicon.Lexicon;
import news.credibility.text.Span;

/**
 * Finds the entries of a lexicon as whole words in a stretch of the original text, longest entry
 * first, case-insensitively; straight and curly apostrophes are the same and any run of white
 * space matches a space. Compiled once per lexicon: one regular expression, linear in the text.
 */
public final class PhraseMatcher {

    /** One occurrence of a lexicon entry. */
    public record Match(Span span, String entry, Map<String, String> attributes) {
        public String attribute(String key) {
            return attributes.get(key);
        }
    }

    private final Lexicon lexicon;
    private final Pattern pattern;
    /** The leading word of every entry: the regular expression is only tried where one starts. */
    private final Set<String> firstWords;

    public PhraseMatcher(Lexicon lexicon, Predicate<Map<String, String>> keep) {
        this.lexicon = lexicon;
        List<String> kept = lexicon.entries().entrySet().stream()
                .filter(e -> keep.test(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        this.firstWords = kept.stream().map(PhraseMatcher::firstWord).collect(Collectors.toUnmodifiableSet());
        List<String> alternatives = kept.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(PhraseMatcher::regex)
                .toList();
        this.pattern = alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public PhraseMatcher(Lexicon lexicon) {
        this(lexicon, a -> true);
    }

    private static String regex(String entry) {
        StringBuilder sb = new StringBuilder();
        for (String word : entry.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append("[\\s\\u00A0\\u2007\\u202F]+");
            }
            sb.append(Pattern.quote(word).replace("'", "\\E['’]\\Q"));
        }
        return sb.toString();
    }

    /** Every non-overlapping occurrence inside {@code within}, in text order. */
    public List<Match> find(String text, Span within) {
        List<Match> out = new ArrayList<>();
        if (pattern == null || within == null || within.isEmpty()) {
            return out;
        }
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        int i = within.start();
        while (i < within.end()) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i;
            while (end < within.end() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (firstWords.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                m.region(i, within.end());
                if (m.lookingAt()) {
                    String entry = normalise(m.group());
                    out.add(new Match(new Span(m.start(), m.end()), entry, lexicon.entries().getOrDefault(entry, Map.of())));
                    i = m.end();
                    continue;
                }
            }
            i = end;
        }
        return out;
    }

    private static String firstWord(String entry) {
        int end = 0;
        while (end < entry.length() && Character.isLetterOrDigit(entry.charAt(end))) {
            end++;
        }
        return entry.substring(0, end);
    }

    public static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }
}
