package news.credibility.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.credibility.text.Utf8;

/**
 * The attributions of a brat standoff {@code .ann} file, read exactly as attreval.py's
 * {@code parse_ann} reads them: T-lines give labelled spans (later ids replace earlier ones), each
 * E-line gives roles whose names lose trailing digits; an attribution's cue is its Cue, else its
 * Attribution, else its Attribution-no-source span, and an E-line with none of them is dropped.
 * The cue's text is the T-line's third tab field (is_speech reads it). Where Python would crash
 * (an E-line without a tab, an offset that is not a number) this throws a clear error instead.
 */
public final class BratAnn {

    /** A half-open character range {@code [start, end)}, counted in code points as Python counts them. */
    public record Segment(int start, int end) {
    }

    /**
     * One attribution; {@code source} and {@code content} are null when the relation has none. A
     * role whose span has no segments is kept as an empty list, which the scorer treats as absent
     * (an empty tuple is false in Python).
     */
    public record AnnAttribution(List<Segment> cue, String cueText, List<Segment> source, List<Segment> content) {
    }

    private record TextBound(String label, List<Segment> segments, String text) {
    }

    private BratAnn() {
    }

    /** Reads {@code file} (strict UTF-8). */
    public static List<AnnAttribution> read(Path file) throws IOException {
        String content;
        try {
            content = Utf8.decode(Files.readAllBytes(file));
        } catch (Utf8.MalformedUtf8Exception e) {
            throw new EvalInputException("%s: %s; annotations must be UTF-8".formatted(file, e.getMessage()));
        }
        return parse(content, file.toString());
    }

    /** Parses the text of an .ann file; {@code where} names it in error messages. */
    public static List<AnnAttribution> parse(String content, String where) {
        Map<String, TextBound> spans = new HashMap<>();
        List<Map<String, String>> relations = new ArrayList<>();
        List<String> lines = PyStr.lines(content);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.startsWith("T")) {
                String[] parts = line.split("\t", -1);
                if (parts.length >= 2) {
                    spans.put(parts[0], textBound(parts, where, n + 1));
                }
            } else if (line.startsWith("E")) {
                relations.add(roles(line, where, n + 1));
            }
        }
        List<AnnAttribution> out = new ArrayList<>();
        for (Map<String, String> roles : relations) {
            TextBound cue = first(spans, roles, "Cue", "Attribution", "Attribution-no-source");
            if (cue == null) {
                continue;
            }
            TextBound source = first(spans, roles, "Source");
            TextBound content2 = first(spans, roles, "Content");
            out.add(new AnnAttribution(cue.segments(), cue.text(),
                    source == null ? null : source.segments(), content2 == null ? null : content2.segments()));
        }
        return out;
    }

    private static TextBound first(Map<String, TextBound> spans, Map<String, String> roles, String... names) {
        for (String name : names) {
            String id = roles.get(name);
            if (id != null && spans.containsKey(id)) {
                return spans.get(id);
            }
        }
        return null;
    }

    private static TextBound textBound(String[] parts, String where, int lineNumber) {
        String head = parts[1];
        int space = head.indexOf(' ');
        String label = space < 0 ? head : head.substring(0, space);
        List<Segment> segments = new ArrayList<>();
        if (space >= 0) {
            for (String segment : head.substring(space + 1).split(";", -1)) {
                List<String> ends = PyStr.split(segment);
                if (ends.size() != 2) {
                    throw bad(where, lineNumber, "'%s' is not a segment '<start> <end>'".formatted(segment));
                }
                segments.add(new Segment(offset(ends.get(0), where, lineNumber), offset(ends.get(1), where, lineNumber)));
            }
        }
        return new TextBound(label, List.copyOf(segments), parts.length > 2 ? parts[2] : "");
    }

    private static int offset(String number, String where, int lineNumber) {
        try {
            int value = Integer.parseInt(number);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(where, lineNumber, "offset '%s' is not a whole number of characters from 0".formatted(number));
    }

    private static Map<String, String> roles(String line, String where, int lineNumber) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw bad(where, lineNumber, "the relation line has no tab before its roles");
        }
        String[] parts = line.split("\t", -1);
        Map<String, String> roles = new LinkedHashMap<>();
        for (String item : PyStr.split(parts[1])) {
            int colon = item.indexOf(':');
            String key = colon < 0 ? item : item.substring(0, colon);
            String value = colon < 0 ? "" : item.substring(colon + 1);
            roles.put(withoutTrailingDigits(key), value);
        }
        return roles;
    }

    /** {@code re.sub(r"\d+$", "", key)}: Python's \d is any Unicode decimal digit, as Character.isDigit. */
    private static String withoutTrailingDigits(String key) {
        int end = key.length();
        while (end > 0 && Character.isDigit(key.codePointBefore(end))) {
            end -= Character.charCount(key.codePointBefore(end));
        }
        return key.substring(0, end);
    }

    private static EvalInputException bad(String where, int lineNumber, String what) {
        return new EvalInputException("%s line %d: %s; fix the brat standoff line (T<n>\\t<Label> <start> <end>[;<start> <end>]\\t<text>)"
                .formatted(where, lineNumber, what));
    }
}
