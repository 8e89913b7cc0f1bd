package news.credibility.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.credibility.signal.Signal;
import news.credibility.text.Region;
import news.credibility.text.RegionKind;
import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * What every reading must satisfy, whatever the text: the checks the extraction property tests
 * apply to each generated article. Each check names the claim, attribution or span at fault.
 */
final class ReadingInvariants {

    private static final Pattern T_LINE = Pattern.compile("T(\\d+)\t(Source|Cue|Content) ([0-9 ;]+)\t(.*)", Pattern.DOTALL);
    private static final Pattern E_LINE = Pattern.compile("E(\\d+)\tAttribution:(T\\d+) Cue:(T\\d+)( Source:(T\\d+))?( Content:(T\\d+))?");
    private static final Pattern A_LINE = Pattern.compile("A(\\d+)\tSourceType (T\\d+) ([A-Z_]+)");

    private ReadingInvariants() {
    }

    static void check(Reading reading) {
        String text = reading.text();
        sentencesAndTokens(reading, text);
        Map<Integer, Span> paragraphs = paragraphWindows(reading);
        for (Attribution a : reading.attributions()) {
            attribution(text, a, "attribution " + a, windowOf(reading, paragraphs, a.cue()));
        }
        claims(reading, text, paragraphs);
        reading.sources().forEach(s -> s.mentions().forEach(m -> inText(text, m, "mention of source " + s.id())));
        reading.sources().forEach(s -> assertThat(s.mentions()).as("mentions of %s in text order", s.id()).isSorted());
        notInBoilerplate(reading);
        brat(text, BratWriter.write(reading));
    }

    private static void sentencesAndTokens(Reading reading, String text) {
        int previousEnd = 0;
        for (Sentence s : reading.analyzed().sentences()) {
            inText(text, s.span(), "sentence " + s.index());
            assertThat(s.span().start()).as("sentence %d starts after the previous one ends", s.index()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = s.span().end();
            for (Token t : s.tokens()) {
                assertThat(s.span().contains(t.span())).as("token %s inside sentence %s", t, s.span()).isTrue();
                inText(text, t.span(), "token");
                assertThat(t.span().text(text)).as("token text equals its span's text").isEqualTo(t.text());
                assertThat(t.text()).as("token %s is not empty", t.span()).isNotEmpty();
            }
        }
        assertThat(reading.analyzed().sentences()).extracting(Sentence::index)
                .as("sentence indexes count from 0").containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, reading.analyzed().sentences().size()).boxed().toList());
    }

    /**
     * The window of a paragraph: from its first sentence's start to its last sentence's end. An
     * attribution may reach beyond its cue's sentence (a quotation running over several sentences,
     * "“...” He said." whose content is the sentence before, a quote block whose speaker is named in
     * its last sentence), but the finder resets its quote tracking at every paragraph break and the
     * claim segmenter and quote blocks never look across one, so a paragraph is the window that
     * holds. (A sentence window would be too strict: multi-sentence quotes are attributed on purpose.)
     */
    private static Map<Integer, Span> paragraphWindows(Reading reading) {
        Map<Integer, Span> out = new HashMap<>();
        for (Sentence s : reading.analyzed().sentences()) {
            out.merge(s.paragraph(), s.span(), Span::union);
        }
        return out;
    }

    private static Span windowOf(Reading reading, Map<Integer, Span> paragraphs, Span cue) {
        Sentence s = sentenceAt(reading, cue.start());
        if (s != null && s.span().contains(cue)) {
            return paragraphs.get(s.paragraph());
        }
        throw new AssertionError("cue " + cue + " '" + cue.text(reading.text()) + "' lies in no sentence");
    }

    private static void attribution(String text, Attribution a, String what, Span window) {
        inText(text, a.cue(), what + " cue");
        assertThat(a.cue().isEmpty()).as("%s has a non-empty cue", what).isFalse();
        assertThat(window.contains(a.cue())).as("%s: cue inside paragraph window %s", what, window).isTrue();
        if (a.source() != null) {
            inText(text, a.source(), what + " source");
            assertThat(a.source().overlaps(a.cue())).as("%s: source %s '%s' holds its cue", what, a.source(), a.source().text(text)).isFalse();
            assertThat(window.contains(a.source())).as("%s: source inside paragraph window %s", what, window).isTrue();
        }
        if (a.content() != null) {
            inText(text, a.content(), what + " content");
            assertThat(window.contains(a.content())).as("%s: content inside paragraph window %s", what, window).isTrue();
            assertThat(!a.content().overlaps(a.cue()) || a.content().contains(a.cue()))
                    .as("%s: content %s cuts into its cue", what, a.content()).isTrue();
        }
        if (a.source() != null && a.content() != null) {
            sourceAndContentApart(text, a, what);
        }
    }

    /**
     * Source and content do not overlap. One shape is allowed on purpose: a quotation interrupted by
     * its attribution ("“That,” he said, “is a lie.”"), where the engine's content encloses source
     * and cue and the brat output cuts both out; so the content may hold the source whole, but never
     * cut into it, never equal it, never sit inside it, and its cut-out words never touch it.
     */
    private static void sourceAndContentApart(String text, Attribution a, String what) {
        Span s = a.source(), c = a.content();
        boolean encloses = c.contains(s) && !c.equals(s);
        assertThat(!s.overlaps(c) || encloses)
                .as("%s: source %s '%s' and content %s '%s' overlap", what, s, s.text(text), c, c.text(text)).isTrue();
        for (Span segment : BratWriter.cutOut(text, c, a.cue(), s)) {
            assertThat(segment.overlaps(s)).as("%s: content words %s overlap the source", what, segment).isFalse();
        }
    }

    private static void claims(Reading reading, String text, Map<Integer, Span> paragraphs) {
        Set<String> ids = new HashSet<>();
        Span previous = null;
        int n = 0;
        for (Claim c : reading.claims()) {
            n++;
            String what = "claim " + c.id();
            assertThat(c.id()).as("claims are numbered in text order").isEqualTo("c" + n);
            assertThat(ids.add(c.id())).as("%s unique", what).isTrue();
            inText(text, c.content(), what + " content");
            inText(text, c.sentence(), what + " sentence");
            assertThat(c.text()).as("%s text is its content's text", what).isEqualTo(c.content().text(text));
            if (previous != null) {
                assertThat(c.content().compareTo(previous)).as("%s after the previous claim", what).isGreaterThanOrEqualTo(0);
            }
            previous = c.content();
            Sentence sentence = sentenceAt(reading, c.sentence().start());
            assertThat(sentence != null && sentence.span().equals(c.sentence()) && !sentence.headline())
                    .as("%s: its sentence %s is a body sentence", what, c.sentence()).isTrue();
            Span window = paragraphs.get(sentence.paragraph());
            assertThat(c.sentence().contains(new Span(c.content().start(), c.content().start())))
                    .as("%s content %s starts in its sentence %s", what, c.content(), c.sentence()).isTrue();
            assertThat(window.contains(c.content())).as("%s content inside its paragraph %s", what, window).isTrue();
            if (c.attribution() != null) {
                attribution(text, c.attribution(), what + " attribution", window);
            }
            if (c.source() != null) {
                assertThat(c.source().mentions()).as("%s source has mentions", what).isNotEmpty();
            }
            for (Signal s : c.signals()) {
                if (s.evidence() != null) {
                    inText(text, s.evidence(), what + " signal " + s.type() + " evidence");
                }
            }
        }
    }

    /** The sentence holding {@code offset} (sentences are in text order and apart), or null. */
    private static Sentence sentenceAt(Reading reading, int offset) {
        List<Sentence> ss = reading.analyzed().sentences();
        int lo = 0, hi = ss.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ss.get(mid).span().end() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < ss.size() && ss.get(i).span().start() <= offset; i++) {
            if (ss.get(i).span().start() <= offset && offset <= ss.get(i).span().end()) {
                if (i + 1 < ss.size() && ss.get(i + 1).span().start() == offset) {
                    return ss.get(i + 1);
                }
                return ss.get(i);
            }
        }
        return null;
    }

    /** Nothing the engine reports rests on share notes, bylines, captions or other furniture. */
    private static void notInBoilerplate(Reading reading) {
        List<Span> furniture = reading.analyzed().regions().stream().filter(r -> r.kind() == RegionKind.BOILERPLATE)
                .map(Region::span).toList();
        if (furniture.isEmpty()) {
            return;
        }
        java.util.function.BiConsumer<Span, String> outside = (span, what) -> {
            if (span != null && !span.isEmpty()) {
                furniture.forEach(f -> assertThat(f.overlaps(span)).as("%s %s overlaps boilerplate %s", what, span, f).isFalse());
            }
        };
        reading.analyzed().sentences().forEach(s -> outside.accept(s.span(), "sentence"));
        reading.attributions().forEach(a -> {
            outside.accept(a.cue(), "cue");
            outside.accept(a.source(), "source");
            outside.accept(a.content(), "content");
        });
        reading.sources().forEach(s -> s.mentions().forEach(m -> outside.accept(m, "mention")));
        reading.claims().forEach(c -> {
            outside.accept(c.content(), "claim content");
            c.signals().forEach(s -> outside.accept(s.evidence(), "signal evidence"));
        });
    }

    /** The brat text parses: each T line's offsets cut out exactly its text, E and A lines name T lines. */
    static void brat(String text, String brat) {
        Set<String> ids = new HashSet<>();
        for (String line : brat.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher t = T_LINE.matcher(line);
            Matcher e = E_LINE.matcher(line);
            Matcher a = A_LINE.matcher(line);
            if (t.matches()) {
                StringBuilder words = new StringBuilder();
                for (String segment : t.group(3).split(";")) {
                    String[] se = segment.split(" ");
                    assertThat(se).as("segment '%s' of %s", segment, line).hasSize(2);
                    Span span = new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1]));
                    inText(text, span, "brat segment of T" + t.group(1));
                    words.append(words.isEmpty() ? "" : " ").append(span.text(text).replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
                }
                assertThat(t.group(4)).as("text of T%s matches its offsets", t.group(1)).isEqualTo(words.toString());
                ids.add("T" + t.group(1));
            } else if (e.matches()) {
                for (int g : new int[] {2, 3, 5, 7}) {
                    if (e.group(g) != null) {
                        assertThat(ids.contains(e.group(g))).as("%s refers to a known T", line).isTrue();
                    }
                }
            } else if (a.matches()) {
                assertThat(ids.contains(a.group(2))).as("%s refers to a known T", line).isTrue();
                assertThat(SourceType.valueOf(a.group(3))).isNotNull();
            } else {
                throw new AssertionError("brat line does not parse: '" + line + "'");
            }
        }
    }

    static void inText(String text, Span span, String what) {
        assertThat(span).as("%s is null", what).isNotNull();
        assertThat(span.end()).as("%s %s ends inside the text (length %d)", what, span, text.length()).isLessThanOrEqualTo(text.length());
        assertThat(splitsSurrogates(text, span.start()) || splitsSurrogates(text, span.end()))
                .as("%s %s splits a surrogate pair", what, span).isFalse();
    }

    /** Whether {@code offset} falls between the two halves of a non-BMP character. */
    private static boolean splitsSurrogates(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
