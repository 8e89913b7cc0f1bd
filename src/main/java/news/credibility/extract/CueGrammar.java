package news.credibility.extract;

import java.util.List;
import java.util.Set;

import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * The tense and polarity of a cue, from the tokens of its sentence: the cue verb's form and the
 * verb group before it (auxiliaries, "not", "never", adverbs), walked back at most a few tokens.
 * "did not say", "has never confirmed", "won't say", "declined to say" are negated: the source
 * did not state the content, so it must not count as the source's claim.
 */
final class CueGrammar {

    /** The tense and polarity of one cue. */
    record Reading(CueTense tense, boolean negated) {
        static final Reading NONE = new Reading(CueTense.NONE, false);
    }

    /** Longest verb group before a cue, in tokens: "has also not yet been". */
    private static final int GROUP_TOKENS = 6;

    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "n’t", "no");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "’ll", "shall", "wo");
    private static final Set<String> MODALS = Set.of("would", "could", "should", "might", "may", "can", "must", "ca",
            "'d", "’d");
    private static final Set<String> HAVE = Set.of("has", "have", "'ve", "’ve", "having");
    private static final Set<String> HAD = Set.of("had");
    private static final Set<String> DO_PRESENT = Set.of("do", "does");
    private static final Set<String> BE_PRESENT = Set.of("is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m");
    private static final Set<String> BE_PAST = Set.of("was", "were");
    private static final Set<String> BE_OTHER = Set.of("be", "been", "being");
    /**
     * Verbs whose infinitive complement is a statement not made: "declined to say", "refused to confirm";
     * as cues themselves ("declined to comment") they are negated too.
     */
    private static final Set<String> REFUSALS = Set.of("decline", "declines", "declined", "declining", "refuse",
            "refuses", "refused", "refusing", "fail", "fails", "failed", "failing");

    private CueGrammar() {
    }

    /** The reading of the cue whose span is {@code cue}, in sentence tokens {@code ts}; NONE where no token starts it. */
    static Reading read(List<Token> ts, Span cue, CueKind kind, CueLexicon lex) {
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).span().start() == cue.start()) {
                return read(ts, i, kind, lex);
            }
        }
        return Reading.NONE;
    }

    /**
     * @param ts   the sentence's tokens (as the cue finder read them)
     * @param cue  index of the cue's first token
     * @param kind the cue's kind
     * @param lex  the cue lexicon, for the verb's base form
     */
    static Reading read(List<Token> ts, int cue, CueKind kind, CueLexicon lex) {
        if (cue < 0 || cue >= ts.size()) {
            return Reading.NONE;
        }
        String w = ts.get(cue).lower();
        if (kind == CueKind.EVIDENTIAL) {
            // "is said to", "was reported to": the cue starts at its "be"; "reportedly" has no tense
            return new Reading(BE_PRESENT.contains(w) ? CueTense.PRESENT : BE_PAST.contains(w) ? CueTense.PAST
                    : CueTense.NONE, negatedWithin(ts, cue));
        }
        if (kind != CueKind.VERB) {
            return Reading.NONE;
        }
        Reading reading = verb(ts, cue, w, lex);
        if (REFUSALS.contains(w) && cue + 1 < ts.size() && ts.get(cue + 1).lower().equals("to")) {
            return new Reading(reading.tense(), true); // "declined to say whether ...": nothing was stated
        }
        return reading;
    }

    private static Reading verb(List<Token> ts, int cue, String w, CueLexicon lex) {
        boolean negated = false;
        String have = null;
        String be = null;
        String other = null; // the first modal, future or "do" form met walking back
        boolean infinitive = false;
        int k = cue - 1;
        for (; k >= 0 && k >= cue - GROUP_TOKENS; k--) {
            String x = ts.get(k).lower();
            String base = withoutNot(x);
            if (!base.equals(x) || NEGATORS.contains(x)) {
                negated = true; // "did not say", "didn't say", "never said", "won't say"
                if (base.equals(x)) {
                    continue;
                }
                x = base;
            }
            if (x.equals("to")) {
                infinitive = true; // "declined to say", "is going to announce"
                break;
            }
            if (HAVE.contains(x) || HAD.contains(x)) {
                have = have == null ? x : have;
            } else if (BE_PRESENT.contains(x) || BE_PAST.contains(x) || BE_OTHER.contains(x)) {
                be = be == null ? x : be;
            } else if (FUTURE.contains(x) || MODALS.contains(x) || DO_PRESENT.contains(x) || x.equals("did")) {
                other = other == null ? x : other;
                break; // a modal or "do" opens the verb group
            } else if (!ts.get(k).isPos("ADV") || Character.isUpperCase(ts.get(k).text().charAt(0))) {
                break;
            }
        }
        if (infinitive) {
            boolean refused = k > 0 && REFUSALS.contains(ts.get(k - 1).lower());
            boolean going = k > 0 && ts.get(k - 1).lower().equals("going") && k > 1 && isBe(ts.get(k - 2).lower());
            return new Reading(going ? CueTense.FUTURE : CueTense.NONFINITE, negated || refused);
        }
        return new Reading(tense(w, have, be, other, lex), negated);
    }

    private static CueTense tense(String w, String have, String be, String other, CueLexicon lex) {
        if (other != null) {
            if (FUTURE.contains(other)) {
                return CueTense.FUTURE;
            }
            if (MODALS.contains(other)) {
                return CueTense.MODAL;
            }
            return other.equals("did") ? CueTense.PAST : CueTense.PRESENT;
        }
        if (have != null) {
            return HAD.contains(have) ? CueTense.PAST_PERFECT : have.equals("having") ? CueTense.NONFINITE : CueTense.PERFECT;
        }
        if (be != null) {
            return BE_PAST.contains(be) ? CueTense.PAST : BE_PRESENT.contains(be) ? CueTense.PRESENT : CueTense.NONFINITE;
        }
        if (w.endsWith("ing")) {
            return CueTense.NONFINITE; // "..., saying that"
        }
        CueLexicon.Verb verb = lex.verb(w);
        String lemma = verb == null ? w : verb.lemma();
        if (w.equals(lemma) || w.equals(lemma + "s") || w.equals(lemma + "es") || w.endsWith("ies") && !lemma.endsWith("ies")) {
            return CueTense.PRESENT; // "say", "says", "denies"
        }
        return CueTense.PAST; // "said", "told", "claimed"
    }

    /** A negation inside an evidential cue: "is not said to", "was never reported to". */
    private static boolean negatedWithin(List<Token> ts, int cue) {
        for (int k = cue + 1; k < ts.size() && k <= cue + 2; k++) {
            if (NEGATORS.contains(ts.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBe(String x) {
        return BE_PRESENT.contains(x) || BE_PAST.contains(x);
    }

    /** "didn't" -> "did", "won't" -> "wo", "can't" -> "ca", "cannot" -> "can"; other words unchanged. */
    private static String withoutNot(String x) {
        if (x.equals("cannot")) {
            return "can";
        }
        for (String suffix : new String[] {"n't", "n’t"}) {
            if (x.length() > suffix.length() && x.endsWith(suffix)) {
                return x.substring(0, x.length() - suffix.length());
            }
        }
        return x;
    }
}
