package news.credibility.text;

import java.util.List;

/**
 * A sentence of the article body (or its headline), with its tokens. {@code index} is the position
 * among all sentences of the analysed article; {@code paragraph} the index of the paragraph it sits in.
 */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens, boolean headline) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(String articleText) {
        return span.text(articleText);
    }
}
