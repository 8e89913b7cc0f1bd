package news.credibility.extract;

import news.credibility.text.Sentence;
import news.credibility.text.Span;

/**
 * One mention of a source in the text: its noun phrase, the sentence it sits in and its typing.
 * {@code implied} marks a mention found in the sentence for an attribution that names no source
 * itself ("which is said to have ... named by the anonymous source").
 */
public record SourceMention(Span span, NounPhrase phrase, Sentence sentence, SourceTyper.Typing typing, boolean implied) {
}
