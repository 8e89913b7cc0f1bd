package news.credibility.score;

import news.credibility.text.Span;

/**
 * Words of the original text a rule rests on.
 *
 * @param label what the words are ("source", "cue", "hedge", "denial")
 * @param span  offsets into the original text (null for facts supplied without text)
 * @param text  the words themselves
 */
public record Evidence(String label, Span span, String text) {
}
