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

    VerbCues(SentenceReader sentence) {
        this.sentence = sentence;
        this.ts = sentence.tokens();
        this.lex = sentence.lexicon();
        this.content = sentence.content();
    }

    /** A reporting verb as a verb: tagged so, or a mis-tagged form between a name and "that" or a quote. */
    boolean isVerbUse(int i) {
        Token t = ts.get(i);
        if (i > 0 && Tokens.isDash(ts.get(i - 1))) {
            return false; // "so-called"
        }
        if (t.pos().startsWith("VERB")) {
            return true;
        }
        if (i == 0 || !isNominal(ts.get(i - 1)) || t.isPos("AUX")) {
            return false;
        }
        if (t.lower().equals("said") && !ts.get(i - 1).isPos("DET")) {
            return true; // "said" is a verb whatever the tagger says: "“...,” Trump/ADJ said/NOUN of Romney."
        }
        if (t.lower().endsWith("ed") && (ts.get(i - 1).isPos("PROPN") || Tokens.isSubjectPronoun(ts.get(i - 1)))
                && i + 1 < ts.size() && !ts.get(i + 1).isPos("NOUN")) {
            return true; // a past tense after a name: "“...,” Trump tweeted/ADP Friday afternoon."
        }
        if (i + 1 < ts.size() && (isThat(ts.get(i + 1)) || isQuote(ts.get(i + 1)) || ts.get(i + 1).text().equals(":"))) {
            return true;
        }
        // last word after ", <name>": "..., The Wall Street Journal reports.", "..., White House Doctor Says."
        if (i + 1 < content.end || !Character.isUpperCase(ts.get(i - 1).text().charAt(0))) {
            return false;
        }
        int s = NounPhrases.startBefore(ts, i - 1);
        return s > 0 && (isComma(ts.get(s - 1)) || isQuote(ts.get(s - 1)));
    }

    void verb(int i, CueLexicon.Verb verb) {
        if (!frameAllows(i, verb.frame()) || isNaming(i, verb) || isReducedRelative(ts, i, content.end)) {
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
            k -= 3; // "He went on to say ...": the subject of "went" says it
            while (k >= 0 && (Tokens.isClauseAdverb(ts.get(k)) || ts.get(k).pos().startsWith("AUX"))) {
                k--;
            }
        }
        k = skipTimeBack(k);
        SourceFinder.SourceSide side = SourceFinder.find(ts, k, i, ing, lex, sentence.found(), content);
        if (side == null || verb.frame() == CueLexicon.Frame.NEEDS_THAT && !thatFollows(i) && !namesSourceNoun(side.source())) {
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

    boolean thatFollows(int i) {
        int n = i + 1;
        while (n < ts.size() && Tokens.isClauseAdverb(ts.get(n))) {
            n++;
        }
        return n < ts.size() && isThat(ts.get(n));
    }

    /** "the poll shows that ...", or a study, poll or video as subject: "one study found Trump would ...". */
    boolean namesSourceNoun(Span source) {
        for (Token t : ts) {
            if (source.contains(t.span()) && lex.isSourceNoun(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The latest poll released Friday shows ...", "the report released in May found ...": a participle
     * after its noun, with the sentence's verb still to come, describes the subject; it states nothing.
     */
    static boolean isReducedRelative(List<Token> ts, int i, int end) {
        String w = ts.get(i).lower();
        if (!w.endsWith("ed") || i == 0 || !isNominal(ts.get(i - 1)) || Tokens.isPersonalPronoun(ts.get(i - 1))) {
            return false;
        }
        // a passive participle with its agent may run longer: "the report published by the agency said"
        int reach = i + 1 < end && ts.get(i + 1).lower().equals("by") ? i + 8 : i + 4;
        for (int k = i + 1; k < end && k <= reach; k++) {
            Token t = ts.get(k);
            // a capitalised "verb" is a mis-tagged name: "the poll showed Trump/VERB leading"
            if (t.isPos("VERB") && !t.lower().endsWith("ing") && !Character.isUpperCase(t.text().charAt(0))) {
                return true;
            }
            if (reach > i + 4 && (t.isPos("NOUN") || t.isPos("PROPN") || t.isPos("ADP"))) {
                continue;
            }
            if (!Tokens.isTime(t) && !t.isPos("ADP") && !t.isPos("DET") && !t.isPos("NUM") && !t.isPos("ADJ")) {
                return false;
            }
        }
        return false;
    }

    /** "a stream called Miracle Run", "a group called Lashkar-e-Taiba": a name given, not a statement. */
    boolean isNaming(int i, CueLexicon.Verb verb) {
        return verb.lemma().equals("call") && i > 0 && i + 1 < ts.size() && ts.get(i - 1).pos().equals("NOUN")
                && ts.get(i).lower().equals("called") && Character.isUpperCase(ts.get(i + 1).text().charAt(0));
    }

    boolean frameAllows(int i, CueLexicon.Frame frame) {
        int n = i + 1;
        while (n < ts.size() && Tokens.isClauseAdverb(ts.get(n))) {
            n++;
        }
        return switch (frame) {
            case NEEDS_COLON -> n < ts.size() && ts.get(n).text().equals(":");
            case NEEDS_TO -> n < ts.size() && ts.get(n).lower().equals("to");
            default -> true;
        };
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
