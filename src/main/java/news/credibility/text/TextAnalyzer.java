package news.credibility.text;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Sentences, tokens and UD part-of-speech tags for the body and headline regions of an article,
 * with OpenNLP. Paragraphs (blank-line or line-break separated) are split first so that a sentence
 * never runs across a paragraph break; sentences the detector split after a title or an initial
 * ("Gov." + "Mike Pence said") are joined again ({@link SentenceRejoiner}). Thread-safe: each thread gets its own OpenNLP taggers.
 */
public final class TextAnalyzer {

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;

    public TextAnalyzer(OpenNlpModels models) {
        this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentenceModel()));
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokenizerModel()));
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(models.posModel()));
    }

    public TextAnalyzer() {
        this(OpenNlpModels.get());
    }

    /** Analyses the BODY and HEADLINE regions; BOILERPLATE regions get no sentences. */
    public AnalyzedText analyze(Article article, List<Region> regions) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        for (Region region : regions) {
            if (region.kind() == RegionKind.BOILERPLATE) {
                continue;
            }
            for (Span para : paragraphs(text, region.span())) {
                for (Span s : sentenceSpans(text, para)) {
                    out.add(new Sentence(out.size(), paragraph, s, tokens(text, s), region.kind() == RegionKind.HEADLINE));
                }
                paragraph++;
            }
        }
        return new AnalyzedText(article, regions, SentenceRejoiner.join(out));
    }

    /** Non-blank lines of {@code region}, trimmed: news paragraphs are one per line. */
    static List<Span> paragraphs(String text, Span region) {
        List<Span> out = new ArrayList<>();
        int start = region.start();
        for (int i = region.start(); i <= region.end(); i++) {
            if (i == region.end() || text.charAt(i) == '\n') {
                Span line = new Span(start, i).trim(text);
                if (!line.isEmpty()) {
                    out.add(line);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private List<Span> sentenceSpans(String text, Span para) {
        String p = para.text(text);
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : sentences.get().sentPosDetect(p)) {
            Span span = new Span(whole(text, para.start() + s.getStart()), whole(text, para.start() + s.getEnd())).trim(text);
            if (!span.isEmpty()) {
                out.add(span);
            }
        }
        return out;
    }

    /**
     * Tags in runs of at most {@value #MAX_TAGGED} tokens: OpenNLP's beam search copies its sequence
     * at every step, so tagging one run is quadratic in its length. News sentences are far shorter;
     * text without sentence ends (200 KB on one line took 40 s in one piece) is tagged in pieces.
     */
    private String[] tag(String[] words) {
        if (words.length <= MAX_TAGGED) {
            return tagger.get().tag(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TAGGED) {
            String[] part = tagger.get().tag(java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + MAX_TAGGED)));
            System.arraycopy(part, 0, tags, from, part.length);
        }
        return tags;
    }

    private static final int MAX_TAGGED = 256;

    private List<Token> tokens(String text, Span sentence) {
        String s = sentence.text(text);
        List<Span> spans = new ArrayList<>();
        for (opennlp.tools.util.Span t : tokenizer.get().tokenizePos(s)) {
            int a = whole(s, t.getStart()), b = whole(s, t.getEnd());
            if (a < b) {
                spans.add(new Span(a, b));
            }
        }
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = spans.get(i).text(s);
        }
        String[] tags = tag(words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            out.add(new Token(new Span(sentence.start() + spans.get(i).start(), sentence.start() + spans.get(i).end()),
                    words[i], tags[i]));
        }
        return out;
    }

    /**
     * {@code offset}, moved past the low half of a surrogate pair it would split: OpenNLP's tokenizer
     * cuts "😀two" and "👩‍👩‍👧" inside a character, and a span must never hold half of one.
     */
    private static int whole(String s, int offset) {
        boolean splits = offset > 0 && offset < s.length() && Character.isHighSurrogate(s.charAt(offset - 1))
                && Character.isLowSurrogate(s.charAt(offset));
        return splits ? offset + 1 : offset;
    }
}
