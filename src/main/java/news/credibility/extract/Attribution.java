package news.credibility.extract;

import news.credibility.text.Span;

/**
 * One attribution relation: a source says (cue) some content. Spans point into the original text.
 *
 * @param cue        the cue span ("told", "according to", "claims")
 * @param source     the source span as written ("a source familiar with the meeting"); null where the
 *                   text names none ("is said to")
 * @param content    what is attributed
 * @param cueLemma   the cue's base form ("tell", "according to")
 * @param cueKind    the cue's part of speech: a verb, a noun, "according to", punctuation, an evidential
 * @param cueTense   the cue verb's tense ("has said": PERFECT); NONE for nouns, "according to", punctuation
 * @param cueNegated the cue is negated ("did not say", "has never confirmed", "declined to say"): the
 *                   source did not state the content. PolNeAR annotates such cues as attributions too,
 *                   so they stay in the brat output; the reading does not make their content the source's claim.
 */
public record Attribution(Span cue, Span source, Span content, String cueLemma, CueKind cueKind, CueTense cueTense,
                          boolean cueNegated) {

    public Attribution {
        cueTense = cueTense == null ? CueTense.NONE : cueTense;
    }

    /** An attribution whose cue grammar was not read (fixtures, rule self-checks): tense NONE, not negated. */
    public Attribution(Span cue, Span source, Span content, String cueLemma, CueKind cueKind) {
        this(cue, source, content, cueLemma, cueKind, CueTense.NONE, false);
    }

    /** The same attribution with another content: a quotation that runs on, one claim of a quote block. */
    public Attribution withContent(Span newContent) {
        return new Attribution(cue, source, newContent, cueLemma, cueKind, cueTense, cueNegated);
    }
}
