package news.credibility.score;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import news.credibility.signal.Signal;
import news.credibility.signal.SignalType;

/**
 * One sourcing signal of one claim, as the rules see it.
 *
 * @param claimId  the claim it belongs to
 * @param type     which signal
 * @param evidence its words in the article (span and text; text null without article text)
 * @param detail   the extractor's readable precision ("reportedly", "denied by Iran in c7"), may be null
 */
public record SignalFact(String claimId, SignalType type, Evidence evidence, String detail) {

    /** Evidence labels by signal type ("direct quote"), made once. */
    private static final Map<SignalType, String> LABELS = new EnumMap<>(SignalType.class);

    static {
        for (SignalType type : SignalType.values()) {
            LABELS.put(type, type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }

    public static SignalFact of(String claimId, Signal signal, String text) {
        String label = LABELS.get(signal.type());
        Evidence words = Evidences.cut(label, signal.evidence(), text, null);
        // a signal supplied as a fact may come without a span: it still has a labelled (empty) evidence
        return new SignalFact(claimId, signal.type(), words != null ? words : new Evidence(label, null, null), signal.detail());
    }

    /** Readable, for traces: HEDGED "reportedly" [120,130) of claim c2. */
    public String describe() {
        String words = evidence.text() != null ? " \"" + evidence.text() + "\"" : detail != null ? " (" + detail + ")" : "";
        String where = evidence.span() != null ? " " + evidence.span() : "";
        return "%s%s%s of claim %s".formatted(type, words, where, claimId);
    }
}
