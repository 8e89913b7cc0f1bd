package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isQuote;

import java.util.List;

import news.credibility.extract.SourceFinder.SourceSide;
import news.credibility.text.Token;

/**
 * The inverted subject after a reporting verb, for {@link SourceFinder}: "“...,” said the
 * spokesman.", "said Mr. Smith, a spokesman for the campaign", "said pollster Frank Luntz".
 * Kept apart from the preverbal cases because it reads rightwards from the cue, with titles the
 * tagger missed and appositives that may end in a participle clause of their own.
 */
final class InvertedSource {

    private InvertedSource() {
    }

    /** "“...,” said the spokesman.", "The contrast, said Doyle and others, would be clear". */
    static SourceSide find(List<Token> ts, int verb, ContentSpans content) {
        int s = verb + 1;
        int e = NounPhrases.endAfter(ts, s);
        if (e == s && s + 1 < content.end && ts.get(s + 1).pos().startsWith("PROPN")
                && Character.isLowerCase(ts.get(s).text().charAt(0))) {
            e = NounPhrases.endAfter(ts, s + 1); // a title the tagger missed: "said pollster/VERB Frank Luntz"
        }
        // a title inside the phrase: "said Virginia delegate/VERB Beau Correll"
        while (e > s && e + 1 < content.end && isLowerWord(ts.get(e)) && ts.get(e + 1).pos().startsWith("PROPN")
                && NounPhrases.endAfter(ts, e + 1) > e + 1) {
            e = NounPhrases.endAfter(ts, e + 1);
        }
        if (e == s || allTime(ts, s, e)) {
            return null;
        }
        if (e < content.end && !isComma(ts.get(e)) && !isQuote(ts.get(e)) && !ts.get(e).isPos("ADP")) {
            return null;
        }
        // an appositive after the name: "said Mr. Smith, a spokesman for the campaign."
        if (e + 1 < content.end && isComma(ts.get(e)) && opensAppositive(ts, e + 1, content.end)) {
            int a = e + 1;
            boolean relative = false;
            while (a < content.end && !isQuote(ts.get(a)) && !participleClause(ts, a, content.end, relative)) {
                relative |= Tokens.isRelative(ts.get(a));
                a++;
            }
            if (a == content.end) {
                e = a; // "said James Acton, a physicist who is co-director of ..." to the sentence's end
            } else if (isQuote(ts.get(a)) && isComma(ts.get(a - 1)) && a - 1 > e + 1) {
                e = a - 1; // "said Stephanie Formas, Clinton's state director, “and we've been ...”": the quote resumes
            } else if (participleClause(ts, a, content.end, relative)) {
                while (isComma(ts.get(a - 1))) {
                    a--;
                }
                // "said X, the deputy prime minister, adding that ...": the participle has its own cue
                // and content, so this cue's content lies before it, as at the sentence's end
                return new SourceSide(content.span(s, a), verb, content.end, false, false);
            }
        }
        return new SourceSide(content.span(s, e), verb, e, false, false);
    }

    /**
     * ", adding that ...", ", but said ...": a participle or coordinated verb after an appositive ends
     * the source (it may hold a cue of its own); inside a relative clause a coordinated verb continues
     * it ("Don Fowler, who helmed the DNC ..., and has backed Hillary Clinton since ...").
     */
    private static boolean participleClause(List<Token> ts, int k, int end, boolean inRelative) {
        int v = k + 1 < end && ts.get(k + 1).isPos("CCONJ") && !inRelative ? k + 2 : k + 1;
        return v < end && isComma(ts.get(k)) && Tokens.isVerbal(ts.get(v));
    }

    /** Adverbs that open an appositive of time: "said James Cunningham, then ambassador to Israel". */
    private static final java.util.Set<String> APPOSITIVE_ADVERBS = java.util.Set.of("then", "now", "formerly", "once",
            "currently", "also", "still", "himself", "herself");

    /**
     * Whether the words after the comma at {@code k - 1} describe the name before it: a noun phrase, a
     * relative clause, a time adverb before a role ("then senior pastor"), or a role whose first word
     * the tagger made a verb ("research/VERB and policy director").
     */
    private static boolean opensAppositive(List<Token> ts, int k, int end) {
        Token t = ts.get(k);
        if (NounPhrases.startsPhrase(t) || Tokens.isRelative(t)) {
            return true;
        }
        if (APPOSITIVE_ADVERBS.contains(t.lower()) && k + 1 < end && NounPhrases.startsPhrase(ts.get(k + 1))) {
            return true;
        }
        // not a participle: ", citing participants in the meeting" is a clause of its own
        return t.isPos("VERB") && Character.isLowerCase(t.text().charAt(0)) && !t.lower().endsWith("ing") && k + 1 < end
                && (ts.get(k + 1).pos().startsWith("NOUN") || ts.get(k + 1).isPos("CCONJ"));
    }

    private static boolean allTime(List<Token> ts, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!Tokens.isTime(ts.get(k)) && !ts.get(k).isPos("NUM") && !ts.get(k).isPos("DET") && !ts.get(k).isPos("ADJ")) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case word that is no preposition, conjunction or pronoun: a title the tagger may have missed. */
    private static boolean isLowerWord(Token t) {
        String x = t.text();
        return !x.isEmpty() && Character.isLowerCase(x.charAt(0)) && x.chars().allMatch(Character::isLetter)
                && !t.isPos("ADP") && !t.isPos("CCONJ") && !t.isPos("SCONJ") && !t.isPos("PRON") && !t.isPos("DET")
                && !t.isPos("AUX") && !t.isPos("PART") && !Tokens.isTime(t);
    }
}
