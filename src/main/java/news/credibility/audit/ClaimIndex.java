package news.credibility.audit;

import java.util.List;

import news.credibility.score.RuleFiring;
import news.credibility.score.ScoredClaim;
import news.credibility.signal.Signal;

/**
 * What the filters need of a scored claim: its score, band, grade, source type, signals and the
 * rules that fired for it.
 */
public record ClaimIndex(String claimId, int score, String band, int grade, String sourceType, List<String> signals,
                         List<String> rules) {

    /** The separator of the stored lists; rule names and signal types never contain it. */
    static final String SEPARATOR = "|";

    public ClaimIndex {
        signals = List.copyOf(signals);
        rules = List.copyOf(rules);
    }

    public static ClaimIndex of(ScoredClaim scored) {
        return new ClaimIndex(scored.claim().id(), scored.score(), scored.band().name(), scored.grade(),
                scored.claim().sourceType() == null ? null : scored.claim().sourceType().name(),
                scored.claim().signals().stream().map(Signal::type).map(Enum::name).distinct().toList(),
                scored.trace().fired().stream().map(RuleFiring::rule).map(r -> r.name()).distinct().toList());
    }

    /** {@code [A, B]} as {@code |A|B|}, so that {@code LIKE '%|A|%'} finds A and nothing that merely contains it. */
    static String joined(List<String> values) {
        return values.isEmpty() ? SEPARATOR : SEPARATOR + String.join(SEPARATOR, values) + SEPARATOR;
    }

    /** The pattern that finds {@code value} in a joined list. */
    static String containing(String value) {
        return "%" + SEPARATOR + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + SEPARATOR + "%";
    }
}
