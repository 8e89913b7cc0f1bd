package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;

import java.util.List;

import news.credibility.extract.SourceFinder.SourceSide;
import news.credibility.text.Token;

/**
 * The source a cue shares with an earlier cue of its sentence, or with the sentence's subject,
 * for {@link SourceFinder}: "..., adding that", "but added that", "Trump attacked Clinton ...,
 * saying". Kept apart because it reads the whole sentence and the attributions already found in
 * it, where the other cases read only the words next to the cue.
 */
final class SharedSource {

    private SharedSource() {
    }

    /** "..., adding that", "but added that": the subject of the sentence's earlier cue, or of the sentence. */
    static SourceSide find(List<Token> ts, int verb, List<Found> earlier, ContentSpans content) {
        for (int f = earlier.size() - 1; f >= 0; f--) {
            Found prior = earlier.get(f);
            if (prior.cue().start() < ts.get(verb).span().start() && !isPossessor(ts, prior.source())) {
                // a reporting noun's possessor ("defended his call to ..., saying") is no subject of the participle
                if (prior.kind() == CueKind.EVIDENTIAL || prior.source() == null) {
                    return null; // part of what the report says, not a second statement
                }
                if (prior.source().overlaps(ts.get(verb).span())) {
                    return null; // a source running over this cue is no subject of it
                }
                return new SourceSide(prior.source(), verb, verb + 1, false, true);
            }
        }
        int e = NounPhrases.endAfter(ts, 0);
        int v = e;
        if (v < verb && isComma(ts.get(v))) {
            while (v < verb && v <= e + 8 && !isComma(ts.get(v + 1))) {
                v++; // an aside between subject and verb: "Clinton, like Obama, has encouraged"
            }
            v += 2;
        }
        while (v < verb && (Tokens.isClauseAdverb(ts.get(v)) || ts.get(v).pos().startsWith("AUX"))) {
            v++;
        }
        // the subject's verb, or its copula: "Fiorina was upfront about ..., saying ..."
        boolean copula = v > e && Tokens.isBe(ts.get(v - 1));
        if (e > 0 && v < verb && (ts.get(v).isPos("VERB") || copula)) {
            return new SourceSide(content.span(0, e), verb, verb + 1, false, true);
        }
        // after an opening adverbial: "Much earlier in the day, Trump attacked Clinton ..., saying ..."
        for (int w = 1; w < verb; w++) {
            Token subject = ts.get(w - 1);
            if (ts.get(w).isPos("VERB") && !subject.isPos("PUNCT")
                    && (NounPhrases.nominalAt(ts, w - 1) || Character.isUpperCase(subject.text().charAt(0)))) {
                int s = NounPhrases.nominalAt(ts, w - 1) ? NounPhrases.startBefore(ts, w - 1) : w - 1;
                return new SourceSide(content.span(s, w), verb, verb + 1, false, true);
            }
        }
        return null;
    }

    /** A source that is a lone possessive determiner: "his" in "his call to raise ...". */
    private static boolean isPossessor(List<Token> ts, news.credibility.text.Span source) {
        if (source == null) {
            return false;
        }
        for (Token t : ts) {
            if (t.span().equals(source)) {
                return Tokens.isPossessiveDeterminer(t);
            }
        }
        return false;
    }
}
