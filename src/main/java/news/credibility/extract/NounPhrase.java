package news.credibility.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * The shape of a source noun phrase as far as typing and linking need it: its determiner, its head
 * noun (the last noun of its first nominal chunk: "spokesman" in "A spokesman for the State
 * Department") and its runs of capitalised words, the candidate names. POS tags are a hint only:
 * the tagger often mistags names, so capitalisation counts as nominal too.
 */
public record NounPhrase(Span span, String text, List<Token> tokens, String determiner, Token head,
                         List<List<Token>> nameRuns) {

    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "him", "them", "we", "i", "you");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "de", "del", "della", "di", "da",
            "van", "von", "der", "le", "la", "abu", "-");

    public static NounPhrase of(String text, Sentence sentence, Span span) {
        List<Token> tokens = sentence.tokens().stream().filter(t -> span.contains(t.span())).toList();
        String determiner = !tokens.isEmpty() && DETERMINERS.contains(tokens.get(0).lower()) ? tokens.get(0).lower() : null;
        Token head = head(tokens, determiner != null ? 1 : 0);
        int at = tokens.indexOf(head);
        if (head != null && PARTITIVES.contains(head.lower()) && at + 2 < tokens.size() && tokens.get(at + 1).lower().equals("of")) {
            int from = at + 2 + (DETERMINERS.contains(tokens.get(at + 2).lower()) ? 1 : 0);
            Token inner = from < tokens.size() ? head(tokens, from) : null;
            head = inner != null ? inner : head; // "The pair of editorials", "A majority of her backers": what is counted heads it
        }
        return new NounPhrase(span, span.text(text), tokens, determiner, head, namesIn(tokens));
    }

    /** Words that count or portion what follows "of". */
    private static final Set<String> PARTITIVES = Set.of("pair", "couple", "majority", "minority", "number", "handful", "lot", "lots",
            "series", "share", "percent", "half", "third", "quarter", "plurality", "bunch", "dozens", "hundreds", "thousands",
            "millions", "some", "most", "many", "all", "one", "two", "three", "each", "none", "several", "few", "both");

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public String headLower() {
        return head == null ? "" : Tokens.withoutPossessive(head.lower());
    }

    public boolean isPronoun() {
        return tokens.size() == 1 && PRONOUNS.contains(tokens.get(0).lower());
    }

    public boolean isDefinite() {
        return determiner != null && !determiner.equals("a") && !determiner.equals("an");
    }

    public boolean isPlural() {
        String h = headLower();
        return h.equals("they") || h.equals("them") || (h.endsWith("s") && !h.endsWith("ss") && !isCapitalised(head));
    }

    /** A phrase of one capitalised word: a surname or a single-word name ("Zarif", "Iran"). */
    public boolean isSingleName() {
        return tokens.size() == 1 && isCapitalised(tokens.get(0));
    }

    public List<Token> firstNameRun() {
        return nameRuns.isEmpty() ? List.of() : nameRuns.get(0);
    }

    /** Whether the word starts with a capital (OpenNLP splits at no-break spaces, so none leads a token). */
    public static boolean isCapitalised(Token t) {
        return t != null && !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }

    private static boolean nominal(Token t) {
        return t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN") || t.isPos("NUM") || t.isPos("ADJ")
                || (isCapitalised(t) && !t.isPos("DET") && !t.isPos("PRON"));
    }

    /**
     * The last word of the first nominal chunk, skipping a post-nominal adjective ("a source
     * familiar with") and numbers; an adjective ending the chunk after another adjective is a
     * mistagged noun ("The Israeli embassy/ADJ").
     */
    private static Token head(List<Token> tokens, int from) {
        List<Token> chunk = new java.util.ArrayList<>();
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean leadingAdverb = chunk.isEmpty() && (t.isPos("ADV") || t.isPos("ADP")) && i + 1 < tokens.size();
            if (leadingAdverb) {
                continue; // "Nearly eight of 10 voters"
            }
            if (nominal(t) || (t.text().equals("-") || abbreviationDot(tokens, i)) && !chunk.isEmpty()) {
                chunk.add(t);
            } else {
                break;
            }
        }
        for (int i = chunk.size() - 1; i >= 0; i--) {
            Token t = chunk.get(i);
            boolean postNominal = t.isPos("ADJ") && !isCapitalised(t) && i > 0
                    && (chunk.get(i - 1).pos().startsWith("NOUN") || chunk.get(i - 1).pos().startsWith("PROPN"));
            if (!postNominal && !t.isPos("NUM") && !t.text().equals("-") && !t.text().equals(".")) {
                return t;
            }
        }
        return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    }

    /** Maximal runs of capitalised, non-adjective words, with name particles inside ("al-Badri"). */
    public static List<List<Token>> namesIn(List<Token> tokens) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean cap = isCapitalised(t) && !t.isPos("ADJ") && !t.isPos("DET") && !t.isPos("PRON")
                    && !(i == 0 && DETERMINERS.contains(t.lower()));
            boolean particle = !run.isEmpty() && (NAME_PARTICLES.contains(t.lower()) || abbreviationDot(tokens, i))
                    && i + 1 < tokens.size() && isCapitalised(tokens.get(i + 1));
            boolean leadingParticle = run.isEmpty() && NAME_PARTICLES.contains(t.lower()) && !t.text().equals("-")
                    && i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-") && isCapitalised(tokens.get(i + 2));
            if (cap || particle || leadingParticle) {
                run.add(t);
            } else if (!run.isEmpty()) {
                runs.add(List.copyOf(run));
                run.clear();
            }
        }
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
        return runs;
    }

    /** A full stop closing an initial or a short title inside a name: "John D. Podesta", "Gen. Smith". */
    static boolean abbreviationDot(List<Token> tokens, int i) {
        if (!tokens.get(i).text().equals(".") || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return isCapitalised(before) && before.text().length() <= 4 && before.span().end() == tokens.get(i).span().start()
                && isCapitalised(tokens.get(i + 1));
    }

    public static Span spanOf(List<Token> run) {
        return new Span(run.get(0).span().start(), run.get(run.size() - 1).span().end());
    }
}
