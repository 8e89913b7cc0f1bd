package news.credibility.extract;

import news.credibility.text.Span;

/**
 * One attribution relation: a source says (cue) some content. Spans point into the original text.
 *
 * @param cue      the cue span ("told", "according to", "claims")
 * @param source   the source span as written ("a source familiar with the meeting"); null where the
 *                 text names none ("is said to")
 * @param content  what is attributed
 * @param cueLemma the cue's base form ("tell", "according to")
 * @param cueKind  the cue's grammatical kind
 */
public record Attribution(Span cue, Span source, Span content, String cueLemma, CueKind cueKind) {
}
