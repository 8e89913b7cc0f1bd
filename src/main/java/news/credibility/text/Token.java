package news.credibility.text;

/**
 * One token with its span in the original text and its Universal Dependencies part-of-speech tag
 * (NOUN, PROPN, VERB, AUX, PRON, DET, ADP, ADJ, ADV, PUNCT, ...).
 */
public record Token(Span span, String text, String pos) {

    public boolean isPos(String tag) {
        return tag.equals(pos);
    }

    /** A hyphen, double hyphen, en, em or horizontal-bar dash standing alone. */
    public boolean isDash() {
        return text.equals("-") || text.equals("--") || text.equals("—") || text.equals("–") || text.equals("―");
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
