package news.credibility.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import news.credibility.text.Span;

/**
 * Attributions as brat standoff text, the form PolNeAR uses and {@code attreval.py} scores:
 * {@code T<n>\tSource|Cue|Content <start> <end>[;<start> <end>]\t<text>}, one
 * {@code E<n>\tAttribution:T<cue> Cue:T<cue> Source:T<src> Content:T<con>} line per attribution and
 * {@code A<n>\tSourceType T<src> <TYPE>} where the source's type is known.
 *
 * <p>Attributions that share a cue (a quote continued over several sentences) become one relation
 * with a multi-segment content. The cue and source are cut out of a content that encloses them
 * ("“That,” he said, “is ...”"), so the content lists only the attributed words. A pure function:
 * the same input gives the same text.
 */
public final class BratWriter {

    /**
     * A relative pronoun right after the source, then at most a few auxiliaries and adverbs before the
     * cue: "Sanders, who had said", "Clinton, who once praised", "a report that has shown".
     */
    private static final java.util.regex.Pattern RELATIVE_BEFORE_CUE = java.util.regex.Pattern.compile(
            ",?\\s*(who|which|that)((\\s+[a-z]+(?:n['’]t)?){0,3})\\s*");

    private BratWriter() {
    }

    /** The brat text of a reading, typing each source as the reading's claims and sources do. */
    public static String write(Reading reading) {
        Map<Span, SourceType> types = new LinkedHashMap<>();
        for (Source s : reading.sources()) {
            s.mentions().forEach(m -> types.put(m, s.type()));
        }
        return write(reading.text(), reading.attributions(), types::get);
    }

    /**
     * @param text         the article's original text
     * @param attributions in any order
     * @param sourceType   the type of a source span, or null where unknown
     */
    public static String write(String text, List<Attribution> attributions, Function<Span, SourceType> sourceType) {
        Map<Span, List<Attribution>> byCue = new LinkedHashMap<>();
        attributions.stream().sorted((a, b) -> a.cue().compareTo(b.cue()))
                .forEach(a -> byCue.computeIfAbsent(a.cue(), c -> new ArrayList<>()).add(a));
        StringBuilder out = new StringBuilder();
        int[] counters = {0, 0, 0};
        for (List<Attribution> group : byCue.values()) {
            Attribution first = group.get(0);
            String cue = textBound(out, counters, "Cue", List.of(first.cue()), text);
            Span source = group.stream().map(Attribution::source).filter(s -> s != null).findFirst().orElse(null);
            String src = source == null ? null : textBound(out, counters, "Source", List.of(polnearSource(text, source, first.cue())), text);
            List<Span> segments = new ArrayList<>();
            for (Attribution a : group) {
                if (a.content() != null) {
                    segments.addAll(cutOut(text, a.content(), first.cue(), source));
                }
            }
            String con = segments.isEmpty() ? null : textBound(out, counters, "Content", segments, text);
            out.append('E').append(++counters[1]).append("\tAttribution:").append(cue).append(" Cue:").append(cue);
            if (src != null) {
                out.append(" Source:").append(src);
            }
            if (con != null) {
                out.append(" Content:").append(con);
            }
            out.append('\n');
            SourceType type = source == null ? null : sourceType.apply(source);
            if (type != null) {
                out.append('A').append(++counters[2]).append("\tSourceType ").append(src).append(' ').append(type.name()).append('\n');
            }
        }
        return out.toString();
    }

    private static String textBound(StringBuilder out, int[] counters, String label, List<Span> segments, String text) {
        String id = "T" + (++counters[0]);
        out.append(id).append('\t').append(label).append(' ');
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Span s = segments.get(i);
            out.append(i == 0 ? "" : ";").append(s.start()).append(' ').append(s.end());
            words.append(i == 0 ? "" : " ").append(oneLine(s.text(text)));
        }
        out.append('\t').append(words).append('\n');
        return id;
    }

    /**
     * The source as PolNeAR marks it: with an appositive's closing comma when it precedes its cue
     * ("Phil Smith, a spokesman for the union, said"), which the engine's spans leave out, and as the
     * relative pronoun of a relative clause.
     */
    static Span polnearSource(String text, Span source, Span cue) {
        Span relative = relativePronoun(text, source, cue);
        if (relative != null) {
            return relative;
        }
        // after the cue too: "said Peter Rice, chairman of Fox Networks Group, noting ..." (train: 56 with it, 23 without)
        if (source.end() < text.length() && text.charAt(source.end()) == ',' && source.text(text).indexOf(',') >= 0) {
            return new Span(source.start(), source.end() + 1);
        }
        return source;
    }

    /**
     * PolNeAR takes the relative pronoun as the source of a cue in a relative clause ("an Israeli
     * journalist, who claims"); the engine keeps the antecedent, which says who the source is.
     */
    private static Span relativePronoun(String text, Span source, Span cue) {
        if (source.end() >= cue.start() || cue.start() - source.end() > 40) {
            return null;
        }
        String between = text.substring(source.end(), cue.start());
        java.util.regex.Matcher m = RELATIVE_BEFORE_CUE.matcher(between);
        if (!m.matches()) {
            return null;
        }
        return new Span(source.end() + m.start(1), source.end() + m.end(1));
    }

    /** The content less the cue and source spans inside it, trimmed of white space and commas at the cuts. */
    static List<Span> cutOut(String text, Span content, Span cue, Span source) {
        List<Span> holes = new ArrayList<>();
        for (Span h : new Span[] {cue, source}) {
            if (h != null && content.overlaps(h)) {
                holes.add(h);
            }
        }
        holes.sort(null);
        List<Span> out = new ArrayList<>();
        int from = content.start();
        for (Span h : holes) {
            addTrimmed(text, out, from, Math.max(from, h.start()));
            from = Math.max(from, h.end());
        }
        addTrimmed(text, out, from, content.end());
        return out;
    }

    private static void addTrimmed(String text, List<Span> out, int s, int e) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
