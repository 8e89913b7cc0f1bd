package news.credibility.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;


/**
 * Joins sentences that the sentence detector split after a title or an initial ("... nominee Gov." +
 * "Mike Pence said ...", "Charles B." + "Rangel of New York") or after a dash that credits a quote
 * ("...”―" + "Pamela Padilla"), or before a word in lower case ("(R-Ga.)" + "said he would ..."),
 * so that a source's name and its cue stay in one sentence. Tokens keep their original spans.
 */
final class SentenceRejoiner {

    private static final Set<String> TITLES = Set.of("gov", "rep", "reps", "sen", "sens", "lt", "gen", "col", "sgt",
            "capt", "del", "dr", "atty", "adm", "maj", "prof", "rev", "hon", "cmdr", "mr", "mrs", "ms", "st", "jr", "sr",
            "gov.", "rep.", "sen.", "lt.", "gen.", "col.", "sgt.", "capt.", "del.", "dr.", "atty.", "adm.", "maj.",
            "prof.", "rev.", "hon.", "cmdr.", "mr.", "mrs.", "ms.", "st.", "jr.", "sr.");

    private SentenceRejoiner() {
    }

    static List<Sentence> join(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            if (!out.isEmpty()) {
                Sentence last = out.get(out.size() - 1);
                boolean capitalised = startsCapitalised(s);
                if (last.paragraph() == s.paragraph() && !last.headline()
                        && (capitalised && (endsWithAbbreviation(last.tokens()) || endsWithDash(last.tokens()))
                            || startsLowerCase(s))) {
                    List<Token> tokens = new ArrayList<>(last.tokens());
                    tokens.addAll(s.tokens());
                    out.set(out.size() - 1, new Sentence(last.index(), last.paragraph(), last.span().union(s.span()),
                            tokens, last.headline()));
                    continue;
                }
            }
            out.add(s.index() == out.size() ? s : new Sentence(out.size(), s.paragraph(), s.span(), s.tokens(), s.headline()));
        }
        return out;
    }

    private static boolean endsWithAbbreviation(List<Token> ts) {
        int n = ts.size();
        if (n == 0) {
            return false;
        }
        String last = ts.get(n - 1).text();
        if (TITLES.contains(last.toLowerCase(java.util.Locale.ROOT))) {
            return true; // "Gov."
        }
        if (!last.equals(".") || n < 2) {
            return false;
        }
        String word = ts.get(n - 2).text();
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0)) && n >= 3
                && Character.isUpperCase(ts.get(n - 3).text().charAt(0));
        return initial || TITLES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean endsWithDash(List<Token> ts) {
        return !ts.isEmpty() && ts.get(ts.size() - 1).isDash();
    }

    /** No sentence starts in lower case: "... (R-Ga.)" + "said he would vote no." is one sentence. */
    private static boolean startsLowerCase(Sentence s) {
        return !s.tokens().isEmpty() && Character.isLowerCase(s.tokens().get(0).text().charAt(0));
    }

    private static boolean startsCapitalised(Sentence s) {
        return !s.tokens().isEmpty() && Character.isUpperCase(s.tokens().get(0).text().charAt(0));
    }
}
