package news.credibility.extract;

import static news.credibility.extract.Tokens.isComma;
import static news.credibility.extract.Tokens.isDash;

import java.util.List;

import news.credibility.extract.SourceFinder.SourceSide;
import news.credibility.text.Token;

/**
 * A subject that opens its clause and is cut off from its reporting verb by asides between commas
 * or dashes: "Trump, speaking to a veterans group in Virginia, said", "Michael Mulgrew, president
 * of the union, which represents city educators, said", "Kall -- co-editor of a book -- said".
 * {@link SourceFinder} looks back over one appositive only; this is the fallback when it finds no
 * subject. It accepts only asides that cannot be the subject's own predicate (participles,
 * relative clauses, appositives, prepositional phrases), so "The crowd cheered, said Smith" or
 * "In Iowa, ..., said" never give a source. The source is the subject with its appositives, not
 * the participle or relative clause after them (PolNeAR's reading).
 */
final class InterruptedSubject {

    /** Longest stretch of asides between the subject and its verb, in tokens. */
    private static final int ASIDE_TOKENS = 45;

    private InterruptedSubject() {
    }

    /**
     * @param k    the comma or dash right before the verb (after adverbs and auxiliaries)
     * @param verb the reporting verb's index
     * @return the subject and its appositives, or null where the words before do not read so
     */
    static SourceSide find(List<Token> ts, int k, int verb, ContentSpans content) {
        if (k < 2 || !isBreak(ts, k)) {
            return null;
        }
        int start = clauseStart(ts, k);
        int end = NounPhrases.endAfter(ts, start);
        if (end == start || end >= k || !isBreak(ts, end) || k - end > ASIDE_TOKENS || hasTime(ts, start, end)) {
            return null;
        }
        int sourceEnd = end;
        boolean appositives = true;
        int from = end + 1;
        for (int b = from; b <= k; b++) {
            if (!isBreak(ts, b)) {
                if (!inAside(ts.get(b))) {
                    return null;
                }
                continue;
            }
            if (b == from) {
                return null; // two breaks in a row
            }
            Kind kind = kind(ts, from, b);
            if (kind == Kind.NONE) {
                return null;
            }
            appositives &= kind == Kind.APPOSITIVE;
            if (appositives) {
                sourceEnd = b;
            }
            from = b + 1;
        }
        return new SourceSide(content.span(start, sourceEnd), start, verb + 1, false, false);
    }

    /** What an aside between two breaks is. */
    private enum Kind { APPOSITIVE, CLAUSE, NONE }

    private static Kind kind(List<Token> ts, int from, int to) {
        Token first = ts.get(from);
        String w = first.lower();
        if (isAppositive(ts, from, to)) {
            return Kind.APPOSITIVE; // "president of the United Federation of Teachers"
        }
        if (Tokens.isRelative(first) && !w.equals("that") || w.equals("whose")) {
            return Kind.CLAUSE; // "which represents New York City educators"
        }
        if (first.isPos("VERB") && w.endsWith("ing")) {
            return Kind.CLAUSE; // "speaking to a veterans group in Virginia"
        }
        if (first.isPos("VERB") && w.endsWith("ed") && from + 1 < to && ts.get(from + 1).isPos("ADP")) {
            return Kind.CLAUSE; // "flanked by his aides"
        }
        if (first.isPos("ADP") && !w.equals("that") || Tokens.isModifier(first) || Tokens.isNominal(first)
                && !Tokens.isSubjectPronoun(first)) {
            // "a Republican who has refused to endorse Mr. Trump", "in a statement", "like many others"
            return Kind.CLAUSE;
        }
        return Kind.NONE;
    }

    /**
     * A noun phrase describing the subject, whatever the tagger made of its compounds ("a
     * Washington-based/VERB developer"): it opens like a noun phrase and holds no verb of its own.
     */
    private static boolean isAppositive(List<Token> ts, int from, int to) {
        Token first = ts.get(from);
        if (!Tokens.isModifier(first) && !NounPhrases.nominalAt(ts, from) || Tokens.isSubjectPronoun(first)
                || hasTime(ts, from, to)) {
            return false;
        }
        for (int j = from; j < to; j++) {
            Token t = ts.get(j);
            boolean hyphened = j > 0 && ts.get(j - 1).span().end() == t.span().start() && ts.get(j - 1).isDash();
            if (Tokens.isRelative(t) || Tokens.isVerbal(t) && !hyphened) {
                return false;
            }
        }
        return true;
    }

    /** Where the clause of the verb begins: the sentence start, past a leading "But", "And", "Even". */
    private static int clauseStart(List<Token> ts, int k) {
        int s = 0;
        for (int j = k - 1; j > 0; j--) {
            String x = ts.get(j).text();
            if (x.equals(";") || x.equals(":")) {
                s = j + 1;
                break;
            }
        }
        while (s < k && (ts.get(s).isPos("CCONJ") || ts.get(s).isPos("ADV") && s + 1 < k && Tokens.isNominal(ts.get(s + 1))
                && !isComma(ts.get(s + 1)))) {
            s++;
        }
        return s;
    }

    /** Words an aside may hold: anything but quotation marks and what ends a sentence or clause. */
    private static boolean inAside(Token t) {
        String x = t.text();
        return !Tokens.isQuote(t) && !x.equals(";") && !x.equals(":") && !x.equals("?") && !x.equals("!")
                && !(x.equals(".") && t.isPos("PUNCT"));
    }

    /** A comma, or a dash that stands apart from its neighbours (not the hyphen of "Washington-based"). */
    private static boolean isBreak(List<Token> ts, int j) {
        Token t = ts.get(j);
        if (isComma(t)) {
            return true;
        }
        return isDash(t) && !(j > 0 && j + 1 < ts.size() && ts.get(j - 1).span().end() == t.span().start()
                && t.span().end() == ts.get(j + 1).span().start());
    }

    private static boolean hasTime(List<Token> ts, int from, int to) {
        for (int j = from; j < to; j++) {
            if (Tokens.isTime(ts.get(j))) {
                return true;
            }
        }
        return false;
    }
}
