package news.credibility.signal;

import java.util.ArrayList;
import java.util.List;

import news.credibility.extract.Attribution;
import news.credibility.extract.CueKind;
import news.credibility.extract.PhraseMatcher;

/**
 * Hedges: evidential words and constructions in the claim's content and cue ("reportedly", "is
 * said to", "ostensibly", "have long been believed"), and cues that are hedges in themselves
 * ("X claims that"), from {@code hedges.txt}; an evidential cue with no source ("is said to",
 * "was reported to have") is a hedge by its nature.
 */
public final class HedgeDetector implements SignalDetector {

    @Override
    public List<Signal> detect(ClaimContext c) {
        List<Signal> out = new ArrayList<>();
        for (PhraseMatcher.Match m : c.lex().hedges.find(c.text(), c.scope())) {
            out.add(new Signal(SignalType.HEDGED, m.span(), "hedge '" + m.span().text(c.text()) + "'"));
        }
        Attribution a = c.attribution();
        if (a != null && out.stream().noneMatch(h -> h.evidence().overlaps(a.cue()))) { // one hedge counted once
            String cue = a.cue().text(c.text());
            if (a.cueKind() == CueKind.EVIDENTIAL && a.source() == null) {
                out.add(new Signal(SignalType.HEDGED, a.cue(), "evidential cue without a source '" + cue + "'"));
            } else if (c.lex().isHedgingCue(PhraseMatcher.normalise(cue)) || c.lex().isHedgingCue(a.cueLemma())) {
                out.add(new Signal(SignalType.HEDGED, a.cue(), "hedging cue '" + cue + "'"));
            }
        }
        return out;
    }
}
