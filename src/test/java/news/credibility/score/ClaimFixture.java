package news.credibility.score;

import java.util.ArrayList;
import java.util.List;

import news.credibility.extract.Attribution;
import news.credibility.extract.Claim;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.CueKind;
import news.credibility.extract.Source;
import news.credibility.extract.SourceType;
import news.credibility.signal.Signal;
import news.credibility.signal.SignalType;
import news.credibility.text.Span;

/** Builds a claim over a short text written in the test, locating every span by its words. */
final class ClaimFixture {

    private final String text;
    private String id = "c1";
    private ClaimKind kind = ClaimKind.UNATTRIBUTED;
    private SourceType sourceType = SourceType.UNATTRIBUTED;
    private String sourceWords;
    private String sourceId = "s1";
    private String cueWords;
    private String contentWords;
    private final List<Signal> signals = new ArrayList<>();

    private ClaimFixture(String text) {
        this.text = text;
    }

    static ClaimFixture in(String text) {
        return new ClaimFixture(text);
    }

    ClaimFixture id(String id) {
        this.id = id;
        return this;
    }

    /** A reported claim: {@code words} of the text name its source. */
    ClaimFixture source(SourceType type, String words) {
        this.kind = ClaimKind.REPORTED;
        this.sourceType = type;
        this.sourceWords = words;
        return this;
    }

    ClaimFixture sourceId(String sourceId) {
        this.sourceId = sourceId;
        return this;
    }

    ClaimFixture cue(String words) {
        this.cueWords = words;
        return this;
    }

    ClaimFixture opinion() {
        this.kind = ClaimKind.OPINION;
        this.sourceType = SourceType.UNATTRIBUTED;
        return this;
    }

    ClaimFixture content(String words) {
        this.contentWords = words;
        return this;
    }

    ClaimFixture signal(SignalType type, String words) {
        return signal(type, words, null);
    }

    ClaimFixture signal(SignalType type, String words, String detail) {
        signals.add(new Signal(type, span(words), detail));
        return this;
    }

    String text() {
        return text;
    }

    Claim build() {
        Span content = span(contentWords != null ? contentWords : text.strip());
        Source source = null;
        Attribution attribution = null;
        if (kind == ClaimKind.REPORTED) {
            Span src = sourceWords == null ? null : span(sourceWords);
            source = new Source(sourceId, sourceType, sourceWords, src == null ? List.of() : List.of(src));
            Span cue = cueWords == null ? null : span(cueWords);
            attribution = new Attribution(cue, src, content, cueWords, CueKind.VERB);
        }
        return new Claim(id, kind, content, content.text(text), Span.of(0, text.length()), sourceType, source, attribution, signals);
    }

    private Span span(String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the fixture text: " + text);
        }
        return Span.of(at, at + words.length());
    }
}
