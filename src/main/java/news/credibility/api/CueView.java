package news.credibility.api;

import news.credibility.extract.Attribution;
import news.credibility.extract.CueKind;
import news.credibility.extract.CueTense;

/**
 * An attribution cue as the API and the command line's JSON show it: its span and words (as a
 * {@link SpanView}), its base form, part of speech, tense and whether it is negated ("did not say").
 */
public record CueView(int start, int end, String text, String lemma, CueKind pos, CueTense tense, boolean negated) {

    static CueView of(Attribution attribution, String text) {
        SpanView span = attribution == null ? null : SpanView.of(attribution.cue(), text);
        if (span == null) {
            return null;
        }
        return new CueView(span.start(), span.end(), span.text(), attribution.cueLemma(), attribution.cueKind(),
                attribution.cueTense(), attribution.cueNegated());
    }
}
