package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isNominal;
import static news.credibility.extract.Tokens.isQuote;
import static news.credibility.extract.Tokens.isThat;

import java.util.List;

import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Whether a reporting verb of the lexicon counts as a cue where it stands, for {@link VerbCues}:
 * used as a verb (whatever the tagger says), in a frame its entry allows ("shows" needs "that" or a
 * study as subject), not naming something ("a group called ...") and not a participle describing
 * its noun ("the poll released Friday shows"). Kept apart from finding the cue's source and
 * content, which only happens once these checks pass.
 */
final class VerbUses {

    private final List<Token> ts;
    private final CueLexicon lex;
    private final ContentSpans content;
    /** Whether the sentence is set in headline case; worked out on first need. */
    private Boolean titleCase;

    VerbUses(List<Token> ts, CueLexicon lex, ContentSpans content) {
        this.ts = ts;
        this.lex = lex;
        this.content = content;
    }

    /** A reporting verb as a verb: tagged so, or a mis-tagged form between a name and "that" or a quote. */
    boolean isVerbUse(int i) {
        Token t = ts.get(i);
        if (i > 0 && Tokens.isDash(ts.get(i - 1)) && ts.get(i - 1).span().end() == t.span().start()) {
            return false; // "so-called"; a dash standing apart ends an aside: "Kall -- co-editor of ... -- said"
        }
        if (isNamePart(i)) {
            return false; // "told The Huffington Post that", "the Cook Political Report", "the Islamic State"
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

    /**
     * A capitalised form after a capitalised word, inside a sentence in ordinary case, ends a name:
     * "The Huffington Post", "Cook Political Report". (A headline capitalises its verbs too: "Mike Pence
     * Calls for ...".)
     */
    private boolean isNamePart(int i) {
        Token t = ts.get(i);
        if (i < 2 || !Character.isUpperCase(t.text().charAt(0)) || !Character.isUpperCase(ts.get(i - 1).text().charAt(0))
                || !Character.isLetter(ts.get(i - 1).text().charAt(0))) {
            return false;
        }
        if (titleCase == null) {
            titleCase = Retagger.isHeadlineCase(ts);
        }
        return !titleCase;
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
}
