package news.credibility.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random gold and predictions in PolNeAR layout, for comparing the Java scorer with attreval.py
 * beyond hand-made cases: words with speech and non-speech cues, Python-only white space, CR LF and
 * a character outside the BMP; spans with white space at their ends; sources and contents missing,
 * empty or in several segments; predictions that copy gold spans shifted by a character or two
 * (so that trimming decides exactness), and random ones.
 */
final class RandomCorpus {

    private static final List<String> WORDS = List.of("The", "minister", "said", "told", "believes", "according", "to",
            "officials", ":", "\u2014", "-", "reported", "wants", "Smith", "thinks", "added", "denied", "fear", "the",
            "plan", "\uD83D\uDE00", "Said", "ACCORDING", "statement", "vowed", "hopes");
    private static final List<String> GAPS = List.of(" ", " ", " ", "  ", "\n", "\t", "\u00a0", "\u2007", "\r\n", " \u3000", "\u00a0 ");

    /** One relation: its cue label and segment, source segments (null: no role; empty: a span without offsets), content segments. */
    private record Rel(String label, int[] cue, List<int[]> source, List<int[]> content) {
    }

    private final Random random;
    /** The code point ranges of the current document's words: cues are mostly whole words, as real cues are. */
    private List<int[]> words = List.of();

    RandomCorpus(long seed) {
        this.random = new Random(seed);
    }

    void write(GoldFixture fixture, int docs) throws IOException {
        for (int d = 0; d < docs; d++) {
            StringBuilder text = new StringBuilder();
            List<int[]> words = new ArrayList<>();
            for (int w = 5 + random.nextInt(40); w > 0; w--) {
                int start = text.toString().replace("\r\n", "\n").codePointCount(0, text.toString().replace("\r\n", "\n").length());
                String word = pick(WORDS);
                text.append(word).append(pick(GAPS));
                words.add(new int[] {start, start + word.codePointCount(0, word.length())});
            }
            this.words = words;
            String stem = "doc" + d;
            fixture.text(stem, text.toString());
            int[] cps = text.toString().replace("\r\n", "\n").codePoints().toArray();
            List<Rel> gold = new ArrayList<>();
            for (int i = 1 + random.nextInt(6); i > 0; i--) {
                gold.add(randomRel(cps));
            }
            fixture.goldAnn(stem + "_1.ann", ann(cps, gold));
            // a second annotator, whom attreval.py ignores (it takes the first file in sort order)
            fixture.goldAnn(stem + "_2.ann", random.nextInt(3) == 0 ? new GoldFixture.Ann("") : ann(cps, List.of(randomRel(cps))));
            if (random.nextInt(5) > 0) {
                List<Rel> pred = new ArrayList<>();
                for (int i = random.nextInt(7); i > 0; i--) {
                    pred.add(random.nextInt(3) > 0 ? shifted(cps, pick(gold)) : randomRel(cps));
                }
                fixture.predAnn(stem, ann(cps, pred));
            }
        }
    }

    private Rel randomRel(int[] text) {
        String label = List.of("Cue", "Cue", "Attribution", "Attribution-no-source").get(random.nextInt(4));
        List<int[]> source = random.nextInt(10) < 3 ? null : random.nextInt(10) == 0 ? List.of() : wordSegments(1 + random.nextInt(2));
        List<int[]> content = random.nextInt(10) < 2 ? null : segments(text, 1 + random.nextInt(3), 40);
        int[] word = pick(words);
        return new Rel(label, random.nextInt(4) == 0 ? segment(text, 8) : word, source, content);
    }

    /** A gold relation as a prediction might give it: the same cue, source and content ends moved by up to two characters. */
    private Rel shifted(int[] text, Rel gold) {
        List<int[]> source = gold.source() == null ? null : gold.source().stream().map(s -> shift(text, s)).toList();
        List<int[]> content = gold.content() == null || random.nextInt(4) == 0 ? null : gold.content().stream().map(s -> shift(text, s)).toList();
        return new Rel("Cue", random.nextInt(3) == 0 ? shift(text, gold.cue()) : gold.cue(), source, content);
    }

    private int[] shift(int[] text, int[] s) {
        int a = s[0], b = s[1];
        switch (random.nextInt(4)) {
            case 0 -> a = Math.max(0, a - 1);
            case 1 -> b = Math.min(text.length, b + 1);
            case 2 -> a = Math.max(0, a + random.nextInt(5) - 2);
            default -> {
                // unchanged
            }
        }
        return new int[] {a, Math.max(a, b)};
    }

    private GoldFixture.Ann ann(int[] text, List<Rel> rels) {
        GoldFixture.Ann ann = new GoldFixture.Ann("");
        int t = 0;
        int e = 0;
        for (Rel rel : rels) {
            String cue = "T" + (++t);
            ann.line(cue + "\t" + rel.label() + " " + rel.cue()[0] + " " + rel.cue()[1] + "\t" + covered(text, rel.cue()));
            StringBuilder roles = new StringBuilder(rel.label().equals("Cue") ? "Attribution:" + cue + " Cue:" + cue : rel.label() + ":" + cue);
            if (rel.source() != null) {
                String src = "T" + (++t);
                ann.line(src + "\tSource" + (rel.source().isEmpty() ? "" : " " + render(rel.source())) + "\tx");
                roles.append(" Source").append(random.nextInt(4) == 0 ? "2" : "").append(':').append(src);
            }
            if (rel.content() != null) {
                String con = "T" + (++t);
                ann.line(con + "\tContent " + render(rel.content()) + "\ty");
                roles.append(" Content:").append(con);
            }
            ann.line("E" + (++e) + "\t" + roles);
        }
        return ann;
    }

    /** Runs of one to three whole words, sometimes with the character after them (often white space). */
    private List<int[]> wordSegments(int n) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int first = random.nextInt(words.size());
            int last = Math.min(words.size() - 1, first + random.nextInt(3));
            out.add(new int[] {words.get(first)[0], words.get(last)[1] + (random.nextInt(3) == 0 ? 1 : 0)});
        }
        return out;
    }

    private List<int[]> segments(int[] text, int n, int maxLength) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(segment(text, maxLength));
        }
        return out;
    }

    private int[] segment(int[] text, int maxLength) {
        int start = random.nextInt(text.length);
        return new int[] {start, Math.min(text.length, start + 1 + random.nextInt(maxLength))};
    }

    private static String render(List<int[]> segments) {
        return String.join(";", segments.stream().map(s -> s[0] + " " + s[1]).toList());
    }

    private static String covered(int[] text, int[] s) {
        return new String(text, s[0], s[1] - s[0]).replaceAll("[\\t\\n\\r\\u0085\\u2028\\u2029\\u000b\\u000c\\u001c-\\u001e]", " ");
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
