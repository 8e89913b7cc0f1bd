package news.credibility.extract;

import news.credibility.text.Span;

/**
 * An attribution while it is being built: token ranges for cue and source within one sentence,
 * character spans for content (which may reach into neighbouring sentences).
 *
 * @param sharedSource the source was taken from another cue of the sentence ("..., adding that")
 */
record Found(Span cue, Span source, Span content, String lemma, CueKind kind, boolean sharedSource) {

    Found withContent(Span c) {
        return new Found(cue, source, c, lemma, kind, sharedSource);
    }

    Attribution toAttribution(CueGrammar.Reading grammar) {
        return new Attribution(cue, source, content, lemma, kind, grammar.tense(), grammar.negated());
    }
}
