package news.credibility.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Offices the words around a name give it beyond a title right next to it ({@link NameRoles}):
 * a description set off before it ("The founder and chairman of the Podesta Group, Tony Podesta"),
 * a relative clause after it ("Daniel Benjamin, who was coordinator for counterterrorism"); and
 * whether the person speaks as an expert rather than for an office ("Robert Peck, managing director
 * and internet equity analyst at SunTrust").
 */
final class RoleCues {

    private RoleCues() {
    }

    /** People who speak from expertise, not for an office they hold. */
    private static final Set<String> EXPERT_NOUNS = Set.of("analyst", "economist", "professor", "scholar", "expert", "researcher",
            "historian", "pollster", "consultant", "fellow", "novelist", "author", "lecturer", "scientist", "commentator",
            "columnist", "contributor", "editor", "reporter", "journalist", "host", "anchor", "correspondent", "blogger");
    /** Capitalised words of a place of learning, whose (lower-case) departments are academics'. */
    private static final Set<String> ACADEMIES = Set.of("University", "College", "School", "Institute");
    /** Verbs of a relative clause that gives its subject an office: "who was", "who served as". */
    private static final Set<String> BEING = Set.of("is", "was", "has", "had", "been", "served", "serves", "became", "remains", "as");
    /** Role words too loose to make an office from a relative clause ("who was a member of the audience"). */
    private static final Set<String> LOOSE = Set.of("member", "head", "leader", "official");
    private static final Set<String> OPENERS = Set.of("the", "a", "an");
    /** Verbs of a relative clause that put its subject at the head of an organisation: "who runs the NRA's lobbying arm". */
    private static final Set<String> HEADING = Set.of("runs", "heads", "leads", "founded", "co-founded", "chairs", "directs");
    /** What a description before a name may hold besides nouns and adjectives: "founder and chairman of the Podesta Group". */
    private static final Set<String> LINKS = Set.of("of", "and", "at", "for", "the", "-", ".", "'s", "’s");

    /** The office a description set off before {@code name} or a relative clause after it gives; null where none. */
    static String roleAround(String text, Sentence s, Span name, SourcingLexicons lex) {
        List<Token> ts = s.tokens();
        int at = indexAt(ts, name.start());
        String before = descriptionBefore(text, ts, at, lex);
        return before != null ? before : relativeAfter(text, ts, indexAt(ts, name.end()), lex);
    }

    /** Staff nouns that make a person a candidate's staff when the candidate's name goes before them: "a Trump delegate strategist". */
    private static final Set<String> STAFF = Set.of("strategist", "adviser", "advisor", "aide", "staffer", "operative", "manager",
            "pollster", "surrogate", "organizer", "organiser", "director", "spokesman", "spokeswoman", "spokesperson");

    /**
     * "Brian Jack, a Trump delegate strategist", "Clinton aide Huma Abedin": a staff noun after the
     * surname of a candidate (a surname with a political cue), in the title before the name or in
     * the appositive after it, makes the person that candidate's staff. Null where none does.
     */
    static String staffOf(String text, Sentence s, Span name, java.util.Map<String, String> political) {
        List<Token> ts = s.tokens();
        int at = indexAt(ts, name.start());
        int after = indexAt(ts, name.end());
        String before = staffIn(ts, Math.max(0, at - 4), at, political);
        if (before != null || after >= ts.size() || !ts.get(after).text().equals(",")) {
            return before;
        }
        int end = after + 1;
        while (end < ts.size() && end < after + 8 && !ts.get(end).text().equals(",")) {
            end++;
        }
        return staffIn(ts, after + 1, end, political);
    }

    /** A candidate's surname followed within three words by a staff noun, among the tokens {@code from} to {@code to}. */
    private static String staffIn(List<Token> ts, int from, int to, java.util.Map<String, String> political) {
        for (int k = from; k < to; k++) {
            String w = Tokens.withoutPossessive(ts.get(k).lower());
            if (!NounPhrase.isCapitalised(ts.get(k)) || !political.containsKey(w)) {
                continue;
            }
            for (int j = k + 1; j < Math.min(to, k + 4); j++) {
                if (STAFF.contains(ts.get(j).lower())) {
                    return ts.get(k).text() + " " + ts.get(j).lower();
                }
            }
        }
        return null;
    }

    /**
     * {@code role} unless it is a capitalised title of another name set off before a comma: "After
     * reciting from the King James Bible, Beck said" gives Beck no crown. The role as given otherwise.
     */
    static String unlessTitlingAnother(String role, Sentence s, Span name) {
        if (role == null) {
            return null;
        }
        List<Token> ts = s.tokens();
        int at = indexAt(ts, name.start());
        if (at < 3 || !ts.get(at - 1).text().equals(",")) {
            return role;
        }
        String[] words = role.toLowerCase(Locale.ROOT).split(" ");
        String last = words[words.length - 1];
        for (int k = at - 3; k >= Math.max(0, at - 8); k--) {
            if (ts.get(k).lower().equals(last) && NounPhrase.isCapitalised(ts.get(k)) && NounPhrase.isCapitalised(ts.get(k + 1))
                    && ts.get(k + 1).pos().startsWith("PROPN")) {
                return null;
            }
        }
        return role;
    }

    /** Whether the appositive right after {@code name} makes the person an expert, whatever post it names with it. */
    static boolean speaksAsExpert(String text, Sentence s, Span name) {
        List<Token> ts = s.tokens();
        int i = indexAt(ts, name.end());
        if (i >= ts.size() || !ts.get(i).text().equals(",")) {
            return false;
        }
        boolean department = false;
        boolean university = false;
        for (int k = i + 1; k < ts.size() && k < i + 12 && !ts.get(k).text().equals(","); k++) {
            if (EXPERT_NOUNS.contains(ts.get(k).lower())) {
                return true;
            }
            department |= ts.get(k).text().equals("department");
            university |= ACADEMIES.contains(ts.get(k).text());
        }
        return department && university; // "a chairman of the political science department at Troy University": an academic
    }

    private static String descriptionBefore(String text, List<Token> ts, int at, SourcingLexicons lex) {
        if (at < 2 || !ts.get(at - 1).text().equals(",")) {
            return null;
        }
        int opener = -1;
        for (int k = at - 2; k >= 0 && k >= at - 14; k--) {
            Token t = ts.get(k);
            boolean word = t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("ADJ") || t.isPos("NUM")
                    || t.isPos("VERB") && !t.lower().endsWith("ed") && !t.lower().endsWith("ing"); // "chief executive/VERB"
            if (!word && !LINKS.contains(t.lower())) {
                break;
            }
            if (OPENERS.contains(t.lower()) && (k == 0 || ts.get(k - 1).text().equals(",") || ts.get(k - 1).lower().equals("as"))) {
                opener = k;
            }
        }
        if (opener < 0) {
            return null;
        }
        List<PhraseMatcher.Match> roles = lex.roles.find(text, new Span(ts.get(opener).span().start(), ts.get(at - 2).span().end()));
        return roles.isEmpty() ? null : roles.get(0).entry();
    }

    private static String relativeAfter(String text, List<Token> ts, int i, SourcingLexicons lex) {
        i += i < ts.size() && ts.get(i).text().equals(",") ? 1 : 0;
        if (i + 2 < ts.size() && ts.get(i).lower().equals("who") && HEADING.contains(ts.get(i + 1).lower())
                && (OPENERS.contains(ts.get(i + 2).lower()) || ts.get(i + 2).isPos("PROPN"))) {
            return "head (" + ts.get(i + 1).lower() + ")"; // "Chris Cox, who runs the NRA's lobbying arm"
        }
        if (i + 2 >= ts.size() || !ts.get(i).lower().equals("who") || !BEING.contains(ts.get(i + 1).lower())) {
            return null;
        }
        int from = i + 1;
        while (from < ts.size() && (BEING.contains(ts.get(from).lower()) || OPENERS.contains(ts.get(from).lower())
                || ts.get(from).lower().equals("former") || ts.get(from).lower().equals("once"))) {
            from++;
        }
        int to = from;
        while (to < ts.size() && to < from + 4 && !ts.get(to).text().equals(",") && !ts.get(to).isPos("VERB")) {
            to++;
        }
        if (to == from) {
            return null;
        }
        for (PhraseMatcher.Match m : lex.roles.find(text, new Span(ts.get(from).span().start(), ts.get(to - 1).span().end()))) {
            if (!LOOSE.contains(m.entry().toLowerCase(Locale.ROOT)) && m.span().start() == ts.get(from).span().start()) {
                return m.entry(); // the office opens the predicate: "who was coordinator for counterterrorism"
            }
        }
        return null;
    }

    /** Index of the first token starting at or after {@code offset}. */
    private static int indexAt(List<Token> ts, int offset) {
        int i = 0;
        while (i < ts.size() && ts.get(i).span().start() < offset) {
            i++;
        }
        return i;
    }
}
