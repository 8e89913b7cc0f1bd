package news.credibility.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * What the article says of a name beyond a title next to it: a description with an office opening
 * the next sentence ("The Republican presidential nominee ..."), whether a run of capitalised words
 * looks like a person's name, and where a name stands (inside a quotation, inside an opening
 * phrase). Campaign and party cues are {@link PoliticalCues}'.
 */
final class NameCues {

    private NameCues() {
    }

    /** Last words of multi-word capitalised runs that name places, laws and things, not people. */
    private static final Set<String> THING_ENDS = Set.of("street", "act", "avenue", "road", "square", "park", "river", "city", "county",
            "island", "islands", "bay", "valley", "hall", "house", "tower", "building", "plaza", "airport", "station", "bridge", "day",
            "war", "hotel", "behind", "states", "america", "union", "street's", "coast", "lake", "beach", "sea", "ocean", "mountains");

    /** First words of multi-word capitalised runs that name places: "San Diego", "New Hampshire", "Fort Worth". */
    private static final Set<String> THING_STARTS = Set.of("san", "santa", "los", "las", "new", "saint", "st.", "fort", "mount", "lake",
            "north", "south", "east", "west", "great", "united", "upper", "lower", "el", "la", "le", "port", "cape");


    /**
     * "Donald Trump has warned us ... The Republican presidential nominee immigrated briefly ...": a
     * sentence opening on a definite description with an office refers to the person the sentence
     * before is about, and gives that person the office.
     */
    static void describedAfter(String text, List<Sentence> body, List<NameIndex.Name> names, SourcingLexicons lex, Map<String, String> cues) {
        int n = 0;
        for (int si = 1; si < body.size(); si++) {
            List<Token> ts = body.get(si).tokens();
            if (ts.size() < 3 || !ts.get(0).lower().equals("the")) {
                continue;
            }
            int end = 1;
            while (end < ts.size() && end < 7 && (ts.get(end).isPos("ADJ") || ts.get(end).pos().startsWith("NOUN")
                    || ts.get(end).pos().startsWith("PROPN") || ts.get(end).text().equals("-"))) {
                end++;
            }
            if (end == 1 || end >= ts.size() || !(ts.get(end).isPos("VERB") || ts.get(end).isPos("AUX") || ts.get(end).isPos("ADV"))) {
                continue;
            }
            List<PhraseMatcher.Match> roles = lex.roles.find(text, new Span(ts.get(1).span().start(), ts.get(end - 1).span().end()));
            if (roles.isEmpty() || !roles.get(roles.size() - 1).span().contains(ts.get(end - 1).span())) {
                continue; // the office must head the description: "The Republican presidential nominee"
            }
            while (n < names.size() && names.get(n).sentence() < si - 1) {
                n++;
            }
            for (int k = n; k < names.size() && names.get(k).sentence() == si - 1; k++) {
                NameIndex.Name subject = names.get(k);
                if (subject.subject() && subject.person()) {
                    cues.putIfAbsent(subject.last(), "'" + roles.get(roles.size() - 1).entry() + "' after it");
                    break;
                }
            }
        }
    }

    /** How far back a quotation mark is looked for (bounded, so that a 1 MB line stays linear). */
    private static final int QUOTE_REACH = 3000;

    /**
     * Whether {@code offset} stands inside a quotation. The nearest quotation mark before it in its
     * paragraph tells where it is curly ("“" opens, "”" closes); where it is straight, the parity of
     * all the marks before it in the paragraph does, so that a text mixing straight opening and curly
     * closing marks ("...,” said X. "He is ...") is read right.
     */
    static boolean isQuoted(String text, int offset) {
        int marks = 0;
        char nearest = 0;
        for (int i = offset - 1; i >= 0 && i >= offset - QUOTE_REACH && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                nearest = nearest == 0 ? c : nearest;
                marks++;
            }
            if (nearest == '“' || nearest == '”') {
                return nearest == '“';
            }
        }
        return marks % 2 == 1;
    }

    /** "In the wake of X's remarks, ...", "After meeting X, ...": a name before the first comma of a sentence opening on a preposition. */
    static boolean inOpeningPhrase(Sentence s, Token word) {
        List<Token> ts = s.tokens();
        if (ts.isEmpty() || !(ts.get(0).isPos("ADP") || ts.get(0).isPos("SCONJ") || ts.get(0).isPos("ADV"))) {
            return false;
        }
        for (int i = 0; i < Math.min(ts.size(), 40); i++) {
            if (ts.get(i) == word) {
                return true;
            }
            if (ts.get(i).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** "Rahm Emanuel", "Khizr Khan": two or three capitalised words, none a common or place word, no acronym. */
    static boolean looksLikePersonName(List<Token> words, SourcingLexicons lex) {
        if (words.size() < 2 || words.size() > 3) {
            return false;
        }
        for (Token w : words) {
            String l = w.lower().replace('’', '\'').replaceAll("'s$", "");
            if (!w.pos().startsWith("PROPN") || NamedTyper.isAcronym(w.text()) || lex.anonymity.contains(l) || lex.isInstitutionHead(l)
                    || lex.roleWords.contains(l) || lex.isOutletHead(l) || lex.isDocumentHead(l) || lex.isOutletNameEnd(l)) {
                return false;
            }
        }
        return !THING_ENDS.contains(NameRoles.surname(words)) && !THING_STARTS.contains(words.get(0).lower());
    }


    /** Plural titles that go with every name listed after them: "Sens. Ted Cruz of Texas and Marco Rubio of Florida". */
    private static final Set<String> PLURAL_TITLES = Set.of("sens.", "sens", "reps.", "reps", "govs.", "senators", "candidates", "nominees",
            "governors", "representatives", "lawmakers", "ministers", "leaders");

    /**
     * The plural title of the list a name stands in: walking back over the names of its sentence
     * joined to it by commas, "and" or "of Texas", the first one with a plural title. Null where none.
     */
    static String listedRole(String text, List<NameIndex.Name> before, int sentence, Span name) {
        int end = name.start();
        for (int k = before.size() - 1; k >= 0 && before.get(k).sentence() == sentence; k--) {
            NameIndex.Name n = before.get(k);
            String gap = text.substring(Math.min(n.span().end(), end), end).trim();
            if (!gap.matches("(,|and|, and|of|,? ?\\(?[RDI]-[^)]*\\)?,?( and)?)?")) {
                return null;
            }
            if (n.role() != null && PLURAL_TITLES.contains(n.role())) {
                return n.role();
            }
            end = n.span().start();
        }
        return null;
    }
}
