package news.credibility.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import news.credibility.eval.BratAnn.AnnAttribution;
import news.credibility.eval.BratAnn.Segment;

/**
 * attreval.py in Java, definition for definition, so {@code eval} prints the same figures as the
 * script: predicted cues are matched one to one with gold cues, greedily by character overlap
 * (pairs sorted by overlap, prediction index, gold index, all descending); cue precision is
 * against all gold, recall only over gold speech cues ({@link SpeechCues}); sources compare
 * trimmed of Python white space, exactly and by overlap; content F1 is over non-space characters,
 * averaged over matched speech pairs that both have content. Texts are read as Python reads them
 * (universal newlines, code point offsets). Where Python would fail on a span outside its text,
 * this names the file instead.
 */
public final class AttributionScorer {

    private final Counts n = new Counts();

    private static final class Counts {
        int docs, missing, pred, goldAll, gold, goldSrc, cueTpP, cueTpR, predSrc, srcExact, srcOverlap, contentPairs;
        double contentF1Sum;
    }

    private AttributionScorer() {
    }

    /** Scores the {@code <stem>.ann} files of {@code predFolder} against {@code gold}; a missing file is an empty prediction. */
    public static EvalFigures score(GoldCorpus gold, Path predFolder) throws IOException {
        AttributionScorer scorer = new AttributionScorer();
        for (String stem : gold.stems()) {
            int[] text = PyStr.universalNewlines(gold.text(stem)).codePoints().toArray();
            Path annotations = gold.annotationFile(stem);
            List<AnnAttribution> goldAtts = checked(BratAnn.read(annotations), text.length, annotations);
            Path predFile = predFolder.resolve(stem + ".ann");
            List<AnnAttribution> predAtts = List.of();
            if (Files.exists(predFile)) {
                predAtts = checked(BratAnn.read(predFile), text.length, predFile);
            } else {
                scorer.n.missing++;
            }
            scorer.document(text, goldAtts, predAtts);
        }
        return scorer.figures();
    }

    private void document(int[] text, List<AnnAttribution> gold, List<AnnAttribution> pred) {
        n.docs++;
        n.pred += pred.size();
        List<AnnAttribution> speech = gold.stream().filter(g -> SpeechCues.isSpeech(g.cueText())).toList();
        n.goldAll += gold.size();
        n.gold += speech.size();
        n.goldSrc += (int) speech.stream().filter(g -> present(g.source())).count();

        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) {
            BitSet pc = chars(pred.get(i).cue());
            for (int j = 0; j < gold.size(); j++) {
                BitSet ov = chars(gold.get(j).cue());
                ov.and(pc);
                if (!ov.isEmpty()) {
                    pairs.add(new int[] {ov.cardinality(), i, j});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]).thenComparingInt(p -> p[2]).reversed());
        Set<Integer> usedP = new HashSet<>(), usedG = new HashSet<>(), nonSpeech = new HashSet<>();
        List<int[]> match = new ArrayList<>();
        for (int[] pair : pairs) {
            if (usedP.contains(pair[1]) || usedG.contains(pair[2])) {
                continue;
            }
            usedP.add(pair[1]);
            usedG.add(pair[2]);
            match.add(pair);
            if (!SpeechCues.isSpeech(gold.get(pair[2]).cueText())) {
                nonSpeech.add(pair[1]);
            }
        }
        n.cueTpP += match.size();
        for (int i = 0; i < pred.size(); i++) {
            if (present(pred.get(i).source()) && !nonSpeech.contains(i)) {
                n.predSrc++;
            }
        }
        for (int[] pair : match) {
            if (!nonSpeech.contains(pair[1])) {
                speechPair(text, pred.get(pair[1]), gold.get(pair[2]));
            }
        }
    }

    private void speechPair(int[] text, AnnAttribution p, AnnAttribution g) {
        n.cueTpR++;
        if (present(g.source()) && present(p.source())) {
            List<Segment> gs = trimmed(g.source(), text), ps = trimmed(p.source(), text);
            if (gs.equals(ps)) {
                n.srcExact++;
            }
            if (chars(gs).intersects(chars(ps))) {
                n.srcOverlap++;
            }
        }
        if (present(g.content()) && present(p.content())) {
            BitSet gc = nonSpace(chars(g.content()), text), pc = nonSpace(chars(p.content()), text);
            BitSet both = (BitSet) gc.clone();
            both.and(pc);
            int inter = both.cardinality();
            double pr = pc.isEmpty() ? 0 : (double) inter / pc.cardinality();
            double rc = gc.isEmpty() ? 0 : (double) inter / gc.cardinality();
            n.contentF1Sum += EvalFigures.f1(pr, rc);
            n.contentPairs++;
        }
    }

    private EvalFigures figures() {
        double cueP = ratio(n.cueTpP, n.pred), cueR = ratio(n.cueTpR, n.gold);
        double seP = ratio(n.srcExact, n.predSrc), seR = ratio(n.srcExact, n.goldSrc);
        double soP = ratio(n.srcOverlap, n.predSrc), soR = ratio(n.srcOverlap, n.goldSrc);
        double content = n.contentPairs == 0 ? 0.0 : EvalFigures.round3(n.contentF1Sum / n.contentPairs);
        return new EvalFigures(n.docs, n.missing, n.gold, n.goldAll, n.pred, EvalFigures.Prf.of(cueP, cueR),
                EvalFigures.Prf.of(seP, seR), EvalFigures.Prf.of(soP, soR), content);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /** Python truth of a span tuple: present and with at least one segment. */
    private static boolean present(List<Segment> segments) {
        return segments != null && !segments.isEmpty();
    }

    private static BitSet chars(List<Segment> segments) {
        BitSet out = new BitSet();
        for (Segment s : segments) {
            if (s.start() < s.end()) {
                out.set(s.start(), s.end());
            }
        }
        return out;
    }

    private static BitSet nonSpace(BitSet chars, int[] text) {
        BitSet out = new BitSet();
        chars.stream().filter(i -> !PyStr.isSpace(text[i])).forEach(out::set);
        return out;
    }

    /** Segments less their leading and trailing white space, empty ones dropped, sorted. */
    private static List<Segment> trimmed(List<Segment> segments, int[] text) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) {
            int a = s.start(), b = s.end();
            while (a < b && PyStr.isSpace(text[a])) {
                a++;
            }
            while (b > a && PyStr.isSpace(text[b - 1])) {
                b--;
            }
            if (a < b) {
                out.add(new Segment(a, b));
            }
        }
        out.sort(Comparator.comparingInt(Segment::start).thenComparingInt(Segment::end));
        return out;
    }

    /** The attributions, after checking every segment lies inside the text (Python would index past its end). */
    private static List<AnnAttribution> checked(List<AnnAttribution> atts, int length, Path file) {
        for (AnnAttribution a : atts) {
            for (List<Segment> role : Arrays.asList(a.cue(), a.source(), a.content())) {
                for (Segment s : role == null ? List.<Segment>of() : role) {
                    if (s.end() > length && s.start() < s.end()) {
                        throw new EvalInputException("%s: span %d-%d runs past the end of its text (%d characters); predictions must point into text/<stem>.txt"
                                .formatted(file, s.start(), s.end(), length));
                    }
                }
            }
        }
        return atts;
    }
}
