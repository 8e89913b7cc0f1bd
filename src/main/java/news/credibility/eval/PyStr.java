package news.credibility.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The few Python {@code str} behaviours attreval.py relies on, so the Java scorer counts exactly as
 * it does: {@code isspace}, {@code strip}, {@code split()} on white space, code point order for
 * {@code sorted}, and the universal newlines of {@code open(...)} in text mode. Python indexes a
 * string by code point, so texts are handled as code point arrays here.
 */
final class PyStr {

    private PyStr() {
    }

    /** Python's {@code str.isspace} for one code point (CPython 3.11, Unicode 14); not Java's isWhitespace. */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
                    0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** {@code s.strip()}: leading and trailing Python white space removed. */
    static String strip(String s) {
        int a = 0, b = s.length();
        while (a < b && isSpace(s.codePointAt(a))) {
            a += Character.charCount(s.codePointAt(a));
        }
        while (b > a && isSpace(s.codePointBefore(b))) {
            b -= Character.charCount(s.codePointBefore(b));
        }
        return s.substring(a, b);
    }

    /** {@code s.split()}: the runs of non-space characters. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** Python's string order (by code point); Java's compareTo orders by UTF-16 unit, which differs above U+FFFF. */
    static int compare(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** What {@code open(path, encoding="utf-8").read()} returns: CR LF and lone CR become LF. */
    static String universalNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The lines a Python text file iterates over, without their line ends (the last may be unterminated). */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(universalNewlines(s).split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
