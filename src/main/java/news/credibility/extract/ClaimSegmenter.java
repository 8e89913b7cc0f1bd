package news.credibility.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import news.credibility.signal.OpinionDetector;
import news.credibility.text.AnalyzedText;
import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Cuts the body into claims: one REPORTED claim per group of attributions carrying the same content
 * (the innermost is the origin, the outer ones relay it), a fully quoted sentence that continues
 * the previous speaker's quote as that speaker's claim, and one UNATTRIBUTED or OPINION claim per
 * remaining sentence. Headlines, section headings, separators and response sentences are no claims.
 */
public final class ClaimSegmenter {

    private final OpinionDetector opinion;

    public ClaimSegmenter(OpinionDetector opinion) {
        this.opinion = opinion;
    }

    public List<ClaimDraft> segment(AnalyzedText analyzed, List<Attribution> attributions, Set<Integer> responseSentences) {
        String text = analyzed.text();
        List<ClaimDraft> out = new ArrayList<>();
        ClaimDraft previous = null;
        List<Attribution> byAnchor = attributions.stream().sorted(Comparator.comparingInt(a -> anchor(a).start())).toList();
        for (Sentence s : analyzed.bodySentences()) {
            if (responseSentences.contains(s.index()) || !isClaimSentence(s)) {
                previous = null;
                continue;
            }
            List<Attribution> here = within(byAnchor, s.span());
            List<ClaimDraft> drafts = new ArrayList<>();
            for (List<Attribution> group : groups(here)) {
                Attribution origin = group.stream()
                        .min(Comparator.comparing((Attribution a) -> a.source() == null)
                                .thenComparingInt(a -> a.content() == null ? Integer.MAX_VALUE : a.content().length()))
                        .orElseThrow();
                Span content = origin.content() != null ? origin.content() : s.span();
                drafts.add(new ClaimDraft(ClaimKind.REPORTED, content, s, origin,
                        group.stream().filter(a -> a != origin).toList()));
            }
            if (drafts.isEmpty() && previous != null && previous.attribution() != null && previous.attribution().source() != null
                    && previous.sentence().paragraph() == s.paragraph() && isWhollyQuoted(text, s)) {
                Attribution speaker = previous.attribution();
                drafts.add(new ClaimDraft(ClaimKind.REPORTED, s.span(), s,
                        speaker.withContent(s.span()), List.of()));
            }
            if (drafts.isEmpty()) {
                ClaimKind kind = opinion.isOpinion(text, s) ? ClaimKind.OPINION : ClaimKind.UNATTRIBUTED;
                drafts.add(new ClaimDraft(kind, s.span(), s, null, List.of()));
            }
            out.addAll(drafts);
            previous = drafts.get(drafts.size() - 1);
        }
        QuoteBlocks.attribute(text, out);
        out.sort(Comparator.comparing(ClaimDraft::content));
        return out;
    }

    /** The attributions (sorted by anchor) anchored inside {@code span}, found by binary search. */
    static List<Attribution> within(List<Attribution> byAnchor, Span span) {
        int lo = SortedLists.firstReaching(byAnchor, a -> anchor(a).start() >= span.start());
        List<Attribution> out = new ArrayList<>();
        for (int i = lo; i < byAnchor.size() && span.contains(anchor(byAnchor.get(i))); i++) {
            out.add(byAnchor.get(i));
        }
        return out;
    }

    /** Where an attribution sits: its content, else its cue. */
    static Span anchor(Attribution a) {
        Span at = a.content() != null ? a.content() : a.cue();
        return new Span(at.start(), at.start());
    }

    /** Attributions whose contents overlap, or where one's content holds the other's cue, carry one claim. */
    static List<List<Attribution>> groups(List<Attribution> attributions) {
        List<List<Attribution>> groups = new ArrayList<>();
        for (Attribution a : attributions) {
            List<Attribution> joined = null;
            for (List<Attribution> g : groups) {
                if (g.stream().anyMatch(b -> related(a, b))) {
                    joined = g;
                    break;
                }
            }
            if (joined == null) {
                groups.add(new ArrayList<>(List.of(a)));
            } else {
                joined.add(a);
            }
        }
        return groups;
    }

    private static boolean related(Attribution a, Attribution b) {
        if (a.content() == null || b.content() == null) {
            return false;
        }
        return a.content().overlaps(b.content()) || a.content().contains(b.cue()) || b.content().contains(a.cue());
    }

    /** Sentences with words and a verb: not separators ("***") nor section headings ("Allies in the desert"). */
    static boolean isClaimSentence(Sentence s) {
        boolean letters = s.tokens().stream().anyMatch(t -> t.text().codePoints().anyMatch(Character::isLetter));
        boolean verb = s.tokens().stream().anyMatch(t -> t.isPos("VERB") || t.isPos("AUX"));
        List<Token> ts = s.tokens();
        boolean ends = !ts.isEmpty() && ts.get(ts.size() - 1).text().matches(".*[.!?\"”’]$");
        return letters && (verb || ends) && !(ts.size() <= 6 && !ends);
    }

    static boolean isWhollyQuoted(String text, Sentence s) {
        String t = s.text(text).trim();
        return t.length() > 2 && "\"“".indexOf(t.charAt(0)) >= 0 && t.matches("(?s).*[\"”][.!?]?$")
                && t.substring(1).chars().noneMatch(c -> c == '“');
    }
}
