package news.credibility.api;

import java.util.List;

import news.credibility.extract.ClaimKind;
import news.credibility.score.Band;

/** A scored claim as the API and the command line's JSON show it. */
public record ClaimView(String id, ClaimKind kind, String text, SpanView content, SpanView sentence, SourceView source,
                        CueView cue, List<SignalView> signals, int score, Band band, int grade, String gradeLabel,
                        TraceView trace) {
}
