package news.credibility.extract;

import java.util.List;
import java.util.Set;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * The shapes of a source phrase that tell its type without a name: counts of people ("Nine in 10
 * voters", "27 percent of those surveyed", "Others"), groups by a relative clause ("those who ..."),
 * a group with a named member ("critics, like John Oliver"), a person noun ("the host"), plurals of
 * role nouns ("chairmen"), and the outlet and document words ("The Chicago Sun-Times", "voice-over").
 */
final class PhraseShapes {

    private PhraseShapes() {
    }

    /** Words that count people without naming them: "Others", "Nine in 10 voters", "Both", "Many". */
    static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "others", "other", "another", "one", "few",
            "several", "all", "both", "each", "half", "none", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "dozens", "hundreds", "thousands", "millions", "majority", "minority", "plurality", "those", "everyone",
            "everybody", "someone", "somebody", "anyone", "nobody");
    /** Words that set off members of a group named by example: "critics, like John Oliver", "experts including". */
    private static final Set<String> EXAMPLES = Set.of("like", "including", "such");
    /** People known by what they do, a definite one of whom refers back to someone named: "the host", "the billionaire". */
    private static final Set<String> PERSON_NOUNS = Set.of("host", "anchor", "author", "billionaire", "mogul", "tycoon", "actor",
            "actress", "star", "scholar", "chef", "coach", "pastor", "priest", "rabbi", "imam", "cleric", "veteran", "student",
            "entrepreneur", "magnate", "celebrity", "comedian", "filmmaker", "musician", "singer", "novelist", "historian");

    /** Words before a number that bound it ("more than 40 states", "nearly four in 10", "at least 30 laws"). */
    private static final Set<String> BOUNDS = Set.of("more", "less", "fewer", "than", "at", "least", "most", "up", "to", "nearly",
            "about", "over", "almost", "roughly", "only", "around", "some", "just", "another", "(");

    /**
     * The phrase with the noun that heads it for typing, where the phrase's own head is no noun: a
     * bracket or a comma ("(Senator Bernie Sanders of Vermont)"), a bound before a number ("more than
     * 40 states"), or the first part of a hyphenated modifier ("a crowd-sourced fundraising campaign",
     * "a fresh CNN-ORC poll"). The phrase as it is where its head is a noun already, or none is found.
     */
    static NounPhrase withNounHead(NounPhrase np) {
        Token h = np.head();
        List<Token> ts = np.tokens();
        int at = ts.indexOf(h);
        boolean joined = at >= 0 && at + 1 < ts.size() && ts.get(at + 1).text().startsWith("-") && ts.get(at + 1).span().start() == h.span().end();
        boolean noun = h != null && (h.pos().startsWith("NOUN") || h.pos().startsWith("PROPN") || h.isPos("PRON") || h.isPos("NUM"));
        if (noun && !joined) {
            return np;
        }
        int i = 0;
        while (i < ts.size() && (BOUNDS.contains(ts.get(i).lower()) || ts.get(i).isPos("DET") || ts.get(i).isPos("NUM") && i + 1 < ts.size())) {
            i++;
        }
        Token last = null;
        for (; i < ts.size(); i++) {
            Token t = ts.get(i);
            boolean hyphenated = t.text().startsWith("-") || i > 0 && ts.get(i - 1).text().equals("-") && ts.get(i - 1).span().end() == t.span().start();
            boolean afterCompound = i > 0 && ts.get(i - 1).text().startsWith("-") && ts.get(i - 1).text().length() > 1;
            if (t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("VERB") && afterCompound) {
                last = t; // "a CNN-ORC poll/VERB": the word after a hyphenated name is the noun it qualifies
            } else if (!hyphenated && !t.isPos("ADJ") && !t.isPos("NUM") && !(t.isPos("VERB") && t.lower().endsWith("ing"))) {
                break;
            }
        }
        return last == null || last == h ? np : new NounPhrase(np.span(), np.text(), ts, np.determiner(), last, np.nameRuns());
    }

    /** Whether the head is plural, "chairmen" and "congressmen" too. */
    static boolean isPlural(NounPhrase np) {
        return np.isPlural() || np.headLower().endsWith("men") && !NounPhrase.isCapitalised(np.head());
    }

    /** "Nine in 10 voters", "27 percent of those who named a candidate", "42%": a share of people counted, as polls give it. */
    static boolean countsPeople(NounPhrase np) {
        List<Token> ts = np.tokens();
        for (int i = 0; i < Math.min(ts.size(), 6); i++) {
            String w = ts.get(i).lower();
            boolean share = (w.equals("percent") || w.equals("%") || w.equals("per")) && i > 0 && ts.get(i - 1).isPos("NUM");
            boolean inTen = w.equals("in") && i > 0 && i + 1 < ts.size() && isNumber(ts.get(i - 1)) && isNumber(ts.get(i + 1));
            if (share || inTen) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(Token t) {
        return t.isPos("NUM") || QUANTIFIERS.contains(t.lower()) || Character.isDigit(t.text().charAt(0));
    }

    /** "those who have a 401(k)", "anyone who": a quantifier or pronoun heading a relative clause about people. */
    static boolean groupByRelative(NounPhrase np) {
        List<Token> ts = np.tokens();
        return ts.size() > 2 && QUANTIFIERS.contains(ts.get(0).lower()) && (ts.get(1).lower().equals("who") || ts.get(1).lower().equals("in"));
    }

    /** The span of the named member of a group named by example ("critics, like John Oliver,"), or null. */
    static Span namedMember(NounPhrase np) {
        List<Token> ts = np.tokens();
        int h = ts.indexOf(np.head());
        for (int i = Math.max(h, 0) + 1; i + 1 < ts.size(); i++) {
            if (EXAMPLES.contains(ts.get(i).lower()) && ts.get(i - 1).text().equals(",")) {
                int from = ts.get(i).lower().equals("such") && ts.get(i + 1).lower().equals("as") ? i + 2 : i + 1;
                int to = from;
                while (to < ts.size() && NounPhrase.isCapitalised(ts.get(to))) {
                    to++;
                }
                return to - from >= 2 ? new Span(ts.get(from).span().start(), ts.get(to - 1).span().end()) : null;
            }
        }
        return null;
    }

    /**
     * "Once a proponent of abortion rights, Trump has ...": an indefinite description opening the
     * sentence and set off by a comma describes the name that follows it, the subject. The span of
     * that name, or null.
     */
    static Span describedSubject(Sentence s, NounPhrase np) {
        List<Token> ts = s.tokens();
        if (np.tokens().isEmpty() || !("a".equals(np.determiner()) || "an".equals(np.determiner())) || np.isPlural()) {
            return null;
        }
        int first = ts.indexOf(np.tokens().get(0));
        int i = ts.indexOf(np.tokens().get(np.tokens().size() - 1)) + 1;
        if (first < 0 || first > 2 || i <= 0) {
            return null; // the description opens the sentence, after at most "Once" or "Like"
        }
        while (i < ts.size() && i < first + 12 && !ts.get(i).text().equals(",")) {
            Token t = ts.get(i++);
            if (t.isPos("VERB") || t.isPos("AUX") || t.isPos("PRON")) {
                return null; // a clause, not a description
            }
        }
        int from = i + 1, to = from;
        while (to < ts.size() && ts.get(to).pos().startsWith("PROPN") && NounPhrase.isCapitalised(ts.get(to))) {
            to++;
        }
        boolean subject = to > from && to < ts.size() && (ts.get(to).isPos("VERB") || ts.get(to).isPos("AUX"));
        return subject ? new Span(ts.get(from).span().start(), ts.get(to - 1).span().end()) : null;
    }

    /**
     * Common nouns for things, not people, whose endings the person-noun guess takes for an agent's
     * ("the number" is no "-er" person, "the statement" no "-ent" one).
     */
    private static final Set<String> NOT_PERSONS = Set.of("number", "letter", "paper", "matter", "order", "power", "center", "centre",
            "quarter", "chamber", "border", "answer", "chapter", "register", "computer", "error", "factor", "sector", "color", "colour",
            "door", "floor", "mirror", "horror", "water", "summer", "winter", "cover", "corner", "poster", "banner", "fever",
            "document", "statement", "comment", "argument", "government", "movement", "moment", "event", "element", "amount", "content",
            "percent", "incident", "agreement", "payment", "judgment", "treatment", "department", "development", "environment",
            "experiment", "instrument", "parliament", "tournament", "segment", "plant", "grant", "warrant", "account", "other", "weather", "trailer", "filter", "flavor", "behavior", "behaviour", "favor", "labor", "labour", "rumor");

    /** A common noun for a person ("the businessman", "the writer", "the host"), by its ending or as a known one. */
    static boolean personNoun(String head) {
        if (NOT_PERSONS.contains(head)) {
            return false;
        }
        return PERSON_NOUNS.contains(head) || head.endsWith("man") || head.endsWith("woman") || head.endsWith("er") || head.endsWith("or")
                || head.endsWith("ist") || head.endsWith("ian") || head.endsWith("ant") || head.endsWith("ent");
    }

    /** The singular of a plural noun: "chairmen" -> "chairman", "secretaries" -> "secretary", "senators" -> "senator". */
    static String singular(String plural) {
        if (plural.endsWith("men")) {
            return plural.substring(0, plural.length() - 3) + "man";
        }
        if (plural.endsWith("ies") && plural.length() > 4) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /** "voice-over", which the tokenizer splits: the head joined by a hyphen to the word right after it; "" where none follows. */
    static String hyphenatedHead(NounPhrase np) {
        int h = np.tokens().indexOf(np.head());
        if (h < 0 || h + 2 >= np.tokens().size() || !np.tokens().get(h + 1).text().equals("-")) {
            return "";
        }
        Token a = np.tokens().get(h), dash = np.tokens().get(h + 1), b = np.tokens().get(h + 2);
        return a.span().end() == dash.span().start() && dash.span().end() == b.span().start() ? a.lower() + "-" + b.lower() : "";
    }

    /**
     * "a Marquette Law School poll released last week": a document word in lower case right after the
     * name that heads the phrase (the tagger made it a verb) is the real head, the name only says whose
     * it is; "" where none follows.
     */
    static String documentAfterName(SourcingLexicons lex, NounPhrase np) {
        int h = np.tokens().indexOf(np.head());
        if (h < 0 || h + 1 >= np.tokens().size() || !np.head().pos().startsWith("PROPN")) {
            return "";
        }
        Token next = np.tokens().get(h + 1);
        return !NounPhrase.isCapitalised(next) && lex.isDocumentHead(next.lower()) ? next.lower() : "";
    }

    /** "The Chicago Sun-Times", "The Journal": a capitalised name ending in a word outlets' names end in. */
    static boolean outletName(SourcingLexicons lex, NounPhrase np) {
        Token h = np.head();
        return h != null && NounPhrase.isCapitalised(h) && lex.isOutletNameEnd(np.headLower())
                && (np.nameRuns().stream().anyMatch(r -> r.get(r.size() - 1) == h)
                || "the".equals(np.determiner()) && np.tokens().size() == 2); // "The Journal", its name-word tagged a noun
    }

    /**
     * An outlet word written in lower case ("a report in the news media"), or an outlet's name-word
     * qualifying the head ("a news report"); "Media Matters" names no outlet.
     */
    static boolean hasOutletWord(SourcingLexicons lex, NounPhrase np) {
        return np.tokens().stream().anyMatch(t -> !NounPhrase.isCapitalised(t)
                && (lex.isOutletHead(t.lower()) || t != np.head() && lex.isOutletNameEnd(t.lower())));
    }

    /** A news piece ("report", "story"): by an outlet it is the outlet's voice, alone and bare it is an unspecified report. */
    static boolean isNewsPiece(SourcingLexicons lex, String head) {
        return "news".equals(lex.documents.attribute(head, "piece"));
    }
}
