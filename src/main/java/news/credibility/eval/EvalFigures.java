package news.credibility.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The figures attreval.py prints, rounded as Python's {@code round(x, 3)} rounds (half to even on
 * the exact binary value). {@link #toJson()} writes them in its key order and number form, so the
 * two outputs can be compared line for line.
 */
public record EvalFigures(int docs, int docsWithoutPrediction, int goldSpeechAttributions, int goldAllAttributions,
                          int predicted, Prf cue, Prf sourceExact, Prf sourceOverlap, double contentCharF1) {

    /** Precision, recall and F1, each rounded to three decimals. */
    public record Prf(double p, double r, double f1) {

        /** From unrounded precision and recall; F1 is computed before rounding, as attreval.py does. */
        static Prf of(double p, double r) {
            return new Prf(round3(p), round3(r), round3(EvalFigures.f1(p, r)));
        }

        String toJson() {
            return "{\"p\": %s, \"r\": %s, \"f1\": %s}".formatted(repr(p), repr(r), repr(f1));
        }
    }

    static double f1(double p, double r) {
        return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /** Python's {@code round(x, 3)}. */
    static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A rounded figure as Python's json writes it: 0.88, 1.0, 0.0. */
    static String repr(double x) {
        String s = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** The one-line JSON of {@code attreval.py --json}. */
    public String toJson() {
        return ("{\"docs\": %d, \"docs_without_prediction\": %d, \"gold_speech_attributions\": %d, \"gold_all_attributions\": %d, "
                + "\"predicted\": %d, \"cue\": %s, \"source_exact\": %s, \"source_overlap\": %s, \"content_char_f1\": %s}")
                .formatted(docs, docsWithoutPrediction, goldSpeechAttributions, goldAllAttributions, predicted,
                        cue.toJson(), sourceExact.toJson(), sourceOverlap.toJson(), repr(contentCharF1));
    }

    /** The summary line attreval.py prints last. */
    public String summary() {
        return String.format(Locale.ROOT, "cue F1 %.3f · source exact F1 %.3f · source overlap F1 %.3f · content char F1 %.3f",
                cue.f1, sourceExact.f1, sourceOverlap.f1, contentCharF1);
    }

    /** A readable table of every figure, for the terminal. */
    public String table() {
        return String.format(Locale.ROOT, """
                docs %d (%d without prediction), predicted %d, gold speech attributions %d (all %d)
                                  P      R      F1
                cue             %.3f  %.3f  %.3f
                source exact    %.3f  %.3f  %.3f
                source overlap  %.3f  %.3f  %.3f
                content char F1               %.3f
                """, docs, docsWithoutPrediction, predicted, goldSpeechAttributions, goldAllAttributions,
                cue.p, cue.r, cue.f1, sourceExact.p, sourceExact.r, sourceExact.f1,
                sourceOverlap.p, sourceOverlap.r, sourceOverlap.f1, contentCharF1);
    }
}
