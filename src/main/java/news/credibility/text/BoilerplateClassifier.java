package news.credibility.text;

import java.util.ArrayList;
import java.util.List;

import news.credibility.lexicon.Lexicons;

/**
 * Splits an article's original text into BODY, HEADLINE and BOILERPLATE regions that together
 * cover every non-blank line, without changing a character.
 *
 * <p>Works line by line, because news text carries one paragraph (or one furniture item) a line:
 * boilerplate lines are recognised by {@link BoilerplateRules}; short lines before the first body
 * paragraph are the headline and dek; short unpunctuated lines between body paragraphs are
 * subheadings. Everything else is body. Consecutive lines of one kind and reason form one region.
 */
public final class BoilerplateClassifier {

    /** Lines this close to the end are where author bios sit. */
    private static final int TAIL_LINES = 6;
    /** Longest headline or dek, in words. */
    private static final int HEADLINE_WORDS = 30;
    /** Longest subheading between body paragraphs, in words. */
    private static final int SUBHEAD_WORDS = 10;

    public List<Region> classify(Article article, Lexicons lexicons) {
        String text = article.text();
        BoilerplateRules rules = BoilerplateRules.of(lexicons);
        List<Span> lines = TextAnalyzer.paragraphs(text, new Span(0, text.length()));
        List<Region> perLine = new ArrayList<>(lines.size());
        boolean bodySeen = false;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            String s = line.text(text);
            String reason = rules.reason(s, i >= lines.size() - TAIL_LINES);
            if (s.chars().allMatch(Character::isSpaceChar)) {
                perLine.add(new Region(line, RegionKind.BOILERPLATE, "blank line"));
            } else if (reason != null) {
                perLine.add(new Region(line, RegionKind.BOILERPLATE, reason));
            } else if (!bodySeen && isHeadlineLike(s)) {
                perLine.add(new Region(line, RegionKind.HEADLINE, "headline or dek before the first paragraph"));
            } else if (bodySeen && isSubheading(s) && hasBodyAfter(text, lines, i, rules)) {
                perLine.add(new Region(line, RegionKind.HEADLINE, "subheading between paragraphs"));
            } else {
                perLine.add(new Region(line, RegionKind.BODY, "article paragraph"));
                bodySeen = true;
            }
        }
        markTrailingBios(text, rules, perLine);
        return merge(perLine);
    }

    /** A headline or dek: short, and either unpunctuated at its end or set in title case. */
    static boolean isHeadlineLike(String line) {
        String[] words = line.split("\\s+");
        if (words.length > HEADLINE_WORDS) {
            return false;
        }
        return !endsLikeSentence(line) || isTitleCase(words);
    }

    static boolean isSubheading(String line) {
        return line.split("\\s+").length <= SUBHEAD_WORDS && !endsLikeSentence(line)
                && !line.endsWith(":") && !line.endsWith(",");
    }

    private static boolean hasBodyAfter(String text, List<Span> lines, int i, BoilerplateRules rules) {
        for (int j = i + 1; j < lines.size(); j++) {
            String s = lines.get(j).text(text);
            if (rules.reason(s, j >= lines.size() - TAIL_LINES) == null) {
                return endsLikeSentence(s);
            }
        }
        return false;
    }

    static boolean endsLikeSentence(String line) {
        int e = line.length();
        while (e > 0 && Character.isSpaceChar(line.charAt(e - 1))) {
            e--; // no-break spaces, which trim() leaves
        }
        if (e == 0) {
            return false;
        }
        char c = line.charAt(e - 1);
        return ".!?\"”’')…".indexOf(c) >= 0;
    }

    /** Most words of four letters or more start with a capital: "Wealthy Voters Abandon Republican Party". */
    static boolean isTitleCase(String[] words) {
        int longWords = 0, capitalised = 0;
        for (String w : words) {
            if (w.length() >= 4) {
                longWords++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return longWords >= 2 && capitalised * 10 >= longWords * 8;
    }

    /** Author bios sit after the last paragraph, among other furniture: only there is "X is a writer" one. */
    private static void markTrailingBios(String text, BoilerplateRules rules, List<Region> perLine) {
        for (int i = perLine.size() - 1; i >= 0; i--) {
            Region r = perLine.get(i);
            if (r.kind() == RegionKind.BOILERPLATE) {
                continue;
            }
            if (!rules.isBio(r.span().text(text))) {
                return;
            }
            perLine.set(i, new Region(r.span(), RegionKind.BOILERPLATE, "author bio"));
        }
    }

    private static List<Region> merge(List<Region> perLine) {
        List<Region> out = new ArrayList<>();
        for (Region r : perLine) {
            if (!out.isEmpty()) {
                Region last = out.get(out.size() - 1);
                if (last.kind() == r.kind() && last.reason().equals(r.reason())) {
                    out.set(out.size() - 1, new Region(last.span().union(r.span()), r.kind(), r.reason()));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }
}
