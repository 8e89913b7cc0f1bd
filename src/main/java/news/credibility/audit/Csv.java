package news.credibility.audit;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 rows, safe to open in a spreadsheet. */
final class Csv {

    private Csv() {
    }

    static String row(Object... values) {
        return Arrays.stream(values).map(Csv::field).collect(Collectors.joining(","));
    }

    /**
     * Quotes what needs quoting; a text field starting with = + - @ (which a spreadsheet would run as
     * a formula: outlets and ids come from callers) gets a leading apostrophe.
     */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
