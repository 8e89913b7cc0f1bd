package news.credibility.extract;

import static news.credibility.extract.Tokens.isNominal;

import java.util.ArrayList;
import java.util.List;

import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * The attributions of one sentence: finds the cues (reporting verbs, "according to", evidential
 * "is said to", reporting nouns with a "that" clause, a headline's "Name: ..."), then for each the
 * source phrase and the content. One left-to-right pass over the tokens; source and content walks
 * are bounded by the sentence. {@link VerbCues} reads reporting verbs, {@link PhraseCues} the rest.
 */
final class SentenceReader {

    private final List<Token> ts;
    private final boolean headline;
    private final CueLexicon lex;
    private final ContentSpans content;
    private final List<Found> found = new ArrayList<>();
    /** Where the main clause starts after an opening question ("Asked if ..., X said ..."); 0 where there is none. */
    private int mainStart;
    /** Index of "when" in a later "when asked ..." clause, or -1. */
    private int laterAsked = -1;

    SentenceReader(List<Token> tokens, CueLexicon lex, boolean headline) {
        this.headline = headline;
        this.ts = tokens;
        this.lex = lex;
        this.content = new ContentSpans(tokens);
    }

    List<Found> read() {
        PhraseCues phrases = new PhraseCues(this);
        VerbCues verbs = new VerbCues(this);
        Found asked = AskedClause.find(ts, content);
        int askedAt = -1;
        if (asked != null) {
            found.add(asked);
            mainStart = AskedClause.mainClauseStart(ts, asked);
            askedAt = ts.get(0).lower().equals("asked") ? 0 : 1;
        }
        laterAsked = asked == null ? AskedClause.laterWhenAsked(ts, content) : -1;
        if (laterAsked > 0) {
            found.add(AskedClause.later(ts, content, laterAsked));
        }
        phrases.colonCue();
        phrases.dashCredit();
        for (int i = 0; i < ts.size(); i++) {
            String w = ts.get(i).lower();
            if (w.equals("according") && i + 1 < ts.size() && ts.get(i + 1).lower().equals("to")) {
                phrases.according(i);
                i++;
                continue;
            }
            String evidential = lex.evidential(w);
            if (evidential != null && i + 1 < ts.size() && ts.get(i + 1).lower().equals("to") && phrases.beBefore(i) >= 0) {
                phrases.evidential(i, evidential);
                i++;
                continue;
            }
            CueLexicon.Verb verb = lex.verb(w);
            if (verb != null && i != askedAt && i != laterAsked + 1 && verbs.isVerbUse(i)) {
                verbs.verb(i, verb);
                continue;
            }
            String noun = lex.noun(w);
            if (noun != null && ts.get(i).pos().startsWith("NOUN") && i + 2 < ts.size()) {
                phrases.noun(i, noun);
            }
            if (lex.isSourceNoun(w) && isNominal(ts.get(i))) {
                phrases.sourceSubject(i);
            }
        }
        return found;
    }

    List<Token> tokens() {
        return ts;
    }

    CueLexicon lexicon() {
        return lex;
    }

    ContentSpans content() {
        return content;
    }

    /** Token index where the main clause starts after an opening question clause; 0 where there is none. */
    int mainStart() {
        return mainStart;
    }

    /** Index of "when" in a later "when asked whether ..." clause, or -1. */
    int laterAsked() {
        return laterAsked;
    }

    boolean headline() {
        return headline;
    }

    /** The attributions found so far, in the order found. */
    List<Found> found() {
        return found;
    }

    void add(Span cue, Span source, Span body, String lemma, CueKind kind, boolean shared) {
        found.add(new Found(cue, source, body, lemma, kind, shared));
    }
}
