package news.credibility.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a small corpus in PolNeAR layout (gold/text, gold/attributions) with a prediction folder
 * beside it, for tests. Offsets are counted in code points of the text as Python reads it (CR LF
 * as LF), which is how attreval.py reads them.
 */
final class GoldFixture {

    final Path gold;
    final Path pred;

    GoldFixture(Path root) throws IOException {
        this.gold = Files.createDirectories(root.resolve("gold"));
        this.pred = Files.createDirectories(root.resolve("pred"));
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
    }

    void text(String stem, String text) throws IOException {
        Files.writeString(gold.resolve("text").resolve(stem + ".txt"), text, StandardCharsets.UTF_8);
    }

    void goldAnn(String fileName, Ann ann) throws IOException {
        Files.writeString(gold.resolve("attributions").resolve(fileName), ann.toString(), StandardCharsets.UTF_8);
    }

    void predAnn(String stem, Ann ann) throws IOException {
        Files.writeString(pred.resolve(stem + ".ann"), ann.toString(), StandardCharsets.UTF_8);
    }

    /** Builds .ann text against one article text; spans are found by their words. */
    static final class Ann {

        private final String text;
        private final StringBuilder out = new StringBuilder();
        private int t;
        private int e;

        Ann(String text) {
            this.text = text.replace("\r\n", "\n");
        }

        /** The {@code nth} (0-based) occurrence of {@code words}, widened by {@code left} and {@code right} characters, as "start end". */
        String at(String words, int nth, int left, int right) {
            int from = -1;
            for (int i = 0; i <= nth; i++) {
                from = text.indexOf(words, from + 1);
                if (from < 0) {
                    throw new IllegalArgumentException("'" + words + "' occurs fewer than " + (nth + 1) + " times");
                }
            }
            int start = text.codePointCount(0, from) - left;
            int end = text.codePointCount(0, from + words.length()) + right;
            return start + " " + end;
        }

        String at(String words) {
            return at(words, 0, 0, 0);
        }

        /** A T-line with segments "start end" joined by ';'; returns its id. */
        String span(String label, String cueText, String... segments) {
            String id = "T" + (++t);
            out.append(id).append('\t').append(label).append(' ').append(String.join(";", segments)).append('\t').append(cueText).append('\n');
            return id;
        }

        /** An E-line; roles are "Role:Tn" items. */
        Ann relation(String... roles) {
            out.append('E').append(++e).append('\t').append(String.join(" ", roles)).append('\n');
            return this;
        }

        /** Cue, optional source and content in one go, as the engine writes them. */
        Ann attribution(String cue, String source, String content) {
            String c = span("Cue", cue, at(cue));
            String s = source == null ? null : span("Source", source, at(source));
            String k = content == null ? null : span("Content", content, at(content));
            return relation("Attribution:" + c, "Cue:" + c, s == null ? "" : "Source:" + s, k == null ? "" : "Content:" + k);
        }

        Ann line(String raw) {
            out.append(raw).append('\n');
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
