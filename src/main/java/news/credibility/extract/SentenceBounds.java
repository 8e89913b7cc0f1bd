package news.credibility.extract;

import java.util.ArrayList;
import java.util.List;

import news.credibility.text.Span;

/**
 * Bounds the attributions found in one sentence against each other, for {@link AttributionFinder}:
 * a content ends where a later cue with its own or a shared source begins ("X told Y that A, but
 * added that B"; "..., and human rights groups accused ..."), and only the outermost of nested
 * attributions is kept, as in PolNeAR.
 */
final class SentenceBounds {

    /** Conjunctions left dangling at the end of a content cut before a coordinated clause. */
    private static final java.util.Set<String> DANGLING = java.util.Set.of("and", "but", "though", "although", "while",
            "whereas");

    /** What may open a clause of its own between two attributions: "..., and human rights groups accused ...". */
    private static final List<String> COORDINATORS = List.of(", and", ", but", " but", ";", ", though", " though",
            ", although", ", while", ", whereas");

    private SentenceBounds() {
    }

    /** The sentence's attributions with contents cut at coordinated clauses and nested ones dropped. */
    static List<Found> bound(String text, List<Found> found) {
        return outermost(splitCoordinated(text, truncateShared(text, found)));
    }

    /** "X told Y that A, but added that B": A ends where the shared-source cue of B begins. */
    private static List<Found> truncateShared(String text, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (Found later : found) {
            if (!later.sharedSource()) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Found a = out.get(i);
                if (a != later && a.content() != null && a.content().contains(later.cue())
                        && a.cue().start() < later.cue().start()) {
                    Span cut = trimTail(text, new Span(a.content().start(), later.cue().start()));
                    if (cutsInto(cut, a.source()) || cutsInto(cut, a.cue())) {
                        // the content enclosed its own cue and source, and the cut fell inside them
                        // (a trailing dash trimmed off "the spokesman—"): keep the words before them
                        int before = a.source() == null ? a.cue().start() : Math.min(a.cue().start(), a.source().start());
                        cut = trimTail(text, new Span(cut.start(), Math.max(cut.start(), before)));
                    }
                    out.set(i, a.withContent(cut.isEmpty() ? null : cut));
                }
            }
        }
        return out;
    }

    /** Whether {@code cut} ends inside {@code span}, holding part of it. */
    private static boolean cutsInto(Span cut, Span span) {
        return span != null && cut.overlaps(span) && !cut.contains(span);
    }

    /**
     * "Macron rebuked the warlord ..., and human rights groups accused him ...": a later cue with its
     * own source after ", and" / ", but" / ";" starts a coordinated clause, which ends the earlier content.
     */
    private static List<Found> splitCoordinated(String text, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (Found later : found) {
            if (later.source() == null || later.sharedSource() || later.source().start() > later.cue().start()) {
                continue;
            }
            String before = text.substring(Math.max(0, later.source().start() - 10), later.source().start()).stripTrailing();
            if (COORDINATORS.stream().noneMatch(before::endsWith)) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Found a = out.get(i);
                if (a != later && a.content() != null && a.content().contains(later.source())
                        && a.cue().end() <= later.source().start()) {
                    Span cut = trimTail(text, new Span(a.content().start(), later.source().start()));
                    out.set(i, a.withContent(cut.isEmpty() ? null : cut));
                }
            }
        }
        return out;
    }

    /** Drops attributions whose cue lies inside another's content: PolNeAR keeps the outermost only. */
    private static List<Found> outermost(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            boolean nested = false;
            for (Found g : found) {
                if (g != f && g.content() != null && g.content().contains(f.cue())
                        && (f.content() == null || !f.content().contains(g.cue()))) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(f);
            }
        }
        return out;
    }

    /** Removes trailing white space, commas, dashes and a dangling "and", "but", "though" from a cut content. */
    static Span trimTail(String text, Span span) {
        int s = span.start(), e = span.end();
        while (true) {
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;—–-".indexOf(text.charAt(e - 1)) >= 0)) {
                e--;
            }
            int w = e;
            while (w > s && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            String word = text.substring(w, e).toLowerCase(java.util.Locale.ROOT);
            if (w > s && e > w && DANGLING.contains(word)) {
                e = w;
            } else {
                return new Span(s, e);
            }
        }
    }
}
