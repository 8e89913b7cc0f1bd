package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isNominal;
import static news.credibility.extract.Tokens.isQuote;
import static news.credibility.extract.Tokens.isThat;

import java.util.List;

import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Reporting verbs as cues: whether a lexicon form is used as a verb here, whether its frame allows
 * it ("shows" needs "that" or a study as subject), its source ({@link SourceFinder}) and its content
 * after it ("said (that) ...", "told reporters that ..."), before it ("..., the spokesman said.") or
 * around it ("“That,” he said, “is ...”").
 */
final class VerbCues {

    /** Words that open an indirect question after "told X" / "asked X". */
    private static final java.util.Set<String> WH = java.util.Set.of("how", "why", "what", "whether", "if", "when",
            "where", "who");

    /** Words that tie a participle to the clause before: "before insisting", "while noting". */
    private static final java.util.Set<String> LINKS = java.util.Set.of("before", "after", "while", "by", "when");

    /** "went on to say": a verb that hands its subject on to the cue. */
    private static final java.util.Set<String> GO = java.util.Set.of("go", "goes", "went", "going", "gone");

    private final SentenceReader sentence;
    private final List<Token> ts;
    private final CueLexicon lex;
    private final ContentSpans content;
    /** Whether a lexicon form is a reporting verb here and its frame allows it. */
    private final VerbUses uses;

    VerbCues(SentenceReader sentence) {
        this.sentence = sentence;
        this.ts = sentence.tokens();
        this.lex = sentence.lexicon();
        this.content = sentence.content();
        this.uses = new VerbUses(ts, lex, content);
    }

    /** A reporting verb as a verb: tagged so, or a mis-tagged form between a name and "that" or a quote. */
    boolean isVerbUse(int i) {
        return uses.isVerbUse(i);
    }

    /** A participle after its noun that describes the subject and states nothing (see {@link VerbUses}). */
    static boolean isReducedRelative(List<Token> ts, int i, int end) {
        return VerbUses.isReducedRelative(ts, i, end);
    }

    void verb(int i, CueLexicon.Verb verb) {
        if (!uses.frameAllows(i, verb.frame()) || uses.isNaming(i, verb) || VerbUses.isReducedRelative(ts, i, content.end)) {
            return;
        }
        boolean ing = ts.get(i).lower().endsWith("ing");
        int k = i - 1;
        while (k >= 0 && (Tokens.isClauseAdverb(ts.get(k)) && !isMistaggedName(k) || ts.get(k).pos().startsWith("AUX"))) {
            if (Tokens.isBe(ts.get(k)) && !ing) {
                new PassiveCues(sentence).passive(i, verb, k); // "was asked about", "was announced"
                return;
            }
            k--;
        }
        if (k >= 2 && ts.get(k).lower().equals("to") && ts.get(k - 1).lower().equals("on")
                && GO.contains(ts.get(k - 2).lower())) {
            k = Tokens.skipBack(ts, k - 3); // "He went on to say ...": the subject of "went" says it
        }
        k = skipTimeBack(k);
        SourceFinder.SourceSide side = SourceFinder.find(ts, k, i, ing, lex, sentence.found(), content);
        if (side == null && !ing) {
            side = InterruptedSubject.find(ts, k, i, content); // "Trump, speaking to veterans in Virginia, said"
        }
        if (side == null || verb.frame() == CueLexicon.Frame.NEEDS_THAT && !uses.thatFollows(i) && !uses.namesSourceNoun(side.source())) {
            return;
        }
        int from = content.startAfter(objectEnd(side.contentFrom(), verb.frame()));
        // a relative clause set off by commas, or a participle after its noun ("a statement announcing the
        // pick, ..."), ends at the next comma
        boolean setOff = side.relative() && side.groupStart() > 0 && isComma(ts.get(side.groupStart() - 1))
                || ing && !side.shared() && i > 0 && !isComma(ts.get(i - 1))
                || inOpeningClause(i);
        // what a study finds or a poll shows may be a bare object: "found 31 incidents of fraud"
        boolean objectIsContent = verb.frame() == CueLexicon.Frame.ACCUSE || verb.frame() == CueLexicon.Frame.NEEDS_THAT
                || verb.frame() == CueLexicon.Frame.NEEDS_TO;
        Span after = content.after(from, objectIsContent, setOff);
        // content before the cue group: "..., the spokesman said.", "“...,” he told me this week."; never for
        // a relative clause or a participle ("reports ... declaring its support")
        Span before = side.relative() || ing || side.shared() || side.groupStart() == 0
                ? null : content.before(side.groupStart(), from >= content.end);
        if (after != null && before != null && startsLinkedParticiple(after)) {
            after = null; // "“...,” Trump told reporters, before insisting ...": the participle is a cue of its own
        }
        if (after != null && before != null && sentence.laterAsked() > 0
                && after.start() == ts.get(sentence.laterAsked()).span().start()) {
            after = null; // "“...,” Christie said when asked whether ...": the question is not what he said
        }
        if (sentence.mainStart() > 0 && side.groupStart() <= sentence.mainStart()) {
            // "Asked if he was bullied, the candidate said no.": the question is not the answer
            before = null;
            if (after == null && from < content.end) {
                after = content.span(from, content.end);
            }
        }
        Span body;
        if (after != null && before != null && content.parentheticalAt(side.contentFrom())) {
            // "“That,” he said, “is ...”" joins both sides; after a closed quote, words that open no new
            // quote are circumstance: "“...,” he said, on his first full day on the job"
            body = content.endsWithQuote(before) && !content.startsWithQuote(after) ? before : before.union(after);
        } else if (after != null) {
            body = after;
        } else {
            body = before;
        }
        sentence.add(ts.get(i).span(), side.source(), body, verb.lemma(), CueKind.VERB, side.shared());
    }

    /** Content that opens with "before/after/while/by" and a participle: "before insisting he had ...". */
    private boolean startsLinkedParticiple(Span after) {
        for (int k = 0; k + 1 < ts.size(); k++) {
            if (ts.get(k).span().start() == after.start()) {
                return LINKS.contains(ts.get(k).lower()) && ts.get(k + 1).lower().endsWith("ing");
            }
        }
        return false;
    }

    /** "radio host Hugh/ADV Hewitt/ADV asked": a capitalised "adverb" inside the sentence is a name. */
    private boolean isMistaggedName(int k) {
        Token t = ts.get(k);
        return k > 0 && t.isPos("ADV") && Character.isUpperCase(t.text().charAt(0)) && !ts.get(k - 1).isPos("PUNCT");
    }

    /** Conjunctions that open a subordinate clause before the main one: "While not everything Trump says is true, ...". */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("while", "although", "though", "if",
            "because", "since", "whereas", "unless");

    /** The cue stands in a subordinate clause that opens the sentence and ends at its first comma. */
    private boolean inOpeningClause(int i) {
        if (ts.isEmpty() || !SUBORDINATORS.contains(ts.get(0).lower())) {
            return false;
        }
        for (int k = 1; k < i; k++) {
            if (isComma(ts.get(k)) || isQuote(ts.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** After "told", "asked", "urged": past the indirect object ("told reporters that"). */
    int objectEnd(int from, CueLexicon.Frame frame) {
        if (frame != CueLexicon.Frame.OBJECT || from >= content.end || isThat(ts.get(from)) || isQuote(ts.get(from))) {
            return from;
        }
        int e = NounPhrases.endAfter(ts, from);
        while (e > from && e + 1 < content.end && ts.get(e).isPos("ADP") && Tokens.isTime(ts.get(e + 1))) {
            e += 2; // "told Alex Marlow on Thursday how ..."
        }
        while (e > from && e < content.end && Tokens.isTime(ts.get(e))) {
            e++; // "told me this week"
        }
        if (e > from && e < content.end) {
            Token next = ts.get(e);
            if (WH.contains(next.lower())) {
                return e;
            }
            if (isThat(next) || isQuote(next) || next.text().equals(":") || isComma(next)
                    || NounPhrases.startsPhrase(next) || next.lower().equals("to")) {
                return e;
            }
        }
        return e > from && e >= content.end ? e : from;
    }

    /** Back over "on Tuesday", "last week" between a source and its verb. */
    int skipTimeBack(int k) {
        int j = k;
        while (j >= 0 && j > k - 4 && (Tokens.isTime(ts.get(j)) || ts.get(j).isPos("NUM"))) {
            j--;
            while (j >= 0 && (ts.get(j).isPos("ADP") || ts.get(j).isPos("DET") || ts.get(j).isPos("ADJ")
                    || ts.get(j).isPos("ADV")) && !Tokens.isTime(ts.get(j))) {
                j--;
            }
        }
        // "Reince Priebus, the GOP chairman, this past week announced": back to the appositive's comma
        return j < k && j >= 0 && (isNominal(ts.get(j)) || isComma(ts.get(j))) ? j : k;
    }
}
