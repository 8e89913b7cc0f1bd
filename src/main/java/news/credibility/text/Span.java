package news.credibility.text;

/**
 * A half-open character range {@code [start, end)} into the ORIGINAL text of an article.
 * Offsets never point into a cleaned copy: every span the engine reports can be cut out of the
 * input as it was received.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** The characters this span covers in {@code text}. */
    public String text(String text) {
        return text.substring(start, end);
    }

    /**
     * This span with leading and trailing white space of {@code text} removed. A byte-order mark
     * (U+FEFF) and no-break spaces count as white space here: they are never part of a word.
     */
    public Span trim(String text) {
        int s = start, e = end;
        while (s < e && isBlank(text.charAt(s))) s++;
        while (e > s && isBlank(text.charAt(e - 1))) e--;
        return new Span(s, e);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0' || c == '\u202F';
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
