package news.credibility.signal;

import java.util.ArrayList;
import java.util.List;

import news.credibility.extract.ClaimKind;
import news.credibility.extract.SourceMention;
import news.credibility.text.Span;

/**
 * Signals that follow from who the source is: its type (anonymous, named official, institution,
 * document), whether it speaks on the record, whether a document is an official statement, and
 * whether one source alone stands behind the claim.
 */
public final class SourceSignals implements SignalDetector {

    @Override
    public List<Signal> detect(ClaimContext c) {
        List<Signal> out = new ArrayList<>();
        SourceMention m = c.mention();
        if (m == null || c.source() == null) {
            return out;
        }
        Span at = m.span();
        String name = c.source().name();
        switch (c.sourceType()) {
            case ANONYMOUS -> out.add(new Signal(SignalType.ANONYMOUS_SOURCE, at, "unnamed source: " + name + " (" + m.typing().reason() + ")"));
            case NAMED_OFFICIAL -> {
                out.add(new Signal(SignalType.NAMED_OFFICIAL, at, name + " (" + m.typing().reason() + ")"));
                out.add(new Signal(SignalType.ON_RECORD, at, name + " speaks on the record"));
            }
            case NAMED_PERSON -> out.add(new Signal(SignalType.ON_RECORD, at, name + " speaks on the record"));
            case INSTITUTION -> {
                out.add(new Signal(SignalType.INSTITUTION, at, name + " (" + m.typing().reason() + ")"));
                out.add(new Signal(SignalType.ON_RECORD, at, name + " speaks on the record"));
            }
            case DOCUMENT -> {
                out.add(new Signal(SignalType.DOCUMENT, at, name));
                if (c.lex().isOfficialDocument(m.phrase().headLower())) {
                    out.add(new Signal(SignalType.OFFICIAL_STATEMENT, at, "an official " + m.phrase().headLower() + ": " + name));
                }
            }
            default -> {
            }
        }
        if (c.claim().kind() == ClaimKind.REPORTED && !coordinated(m)) {
            out.add(new Signal(SignalType.SINGLE_SOURCE, at, "only " + name + " stands behind it"));
        }
        return out;
    }

    /** "the United Nations and Libyan activists": two parties, not one source. */
    private static boolean coordinated(SourceMention m) {
        return m.phrase().tokens().stream().anyMatch(t -> t.isPos("CCONJ") && (t.lower().equals("and") || t.lower().equals("or")));
    }
}
