package news.credibility.extract;

import java.util.List;

import news.credibility.text.Span;

/**
 * A source as an entity of the article: all its mentions are linked, so that "the source" two
 * paragraphs after "a source familiar with the meeting" is the same source, not a second one.
 *
 * @param id       stable within the article ("s1", "s2", ...)
 * @param type     what kind of source it is
 * @param name     a readable canonical name ("a source familiar with the meeting", "Javad Zarif")
 * @param mentions every span in the original text that refers to it, in text order
 */
public record Source(String id, SourceType type, String name, List<Span> mentions) {

    public Source {
        mentions = List.copyOf(mentions);
    }
}
