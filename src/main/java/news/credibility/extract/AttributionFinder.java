package news.credibility.extract;

import java.util.ArrayList;
import java.util.List;

import news.credibility.lexicon.Lexicons;
import news.credibility.text.AnalyzedText;
import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Finds attribution relations (source, cue, content spans) in the sentences of an article, body
 * and headline alike (a headline's attributions are marked by its sentence; the reading decides
 * what to score). Per sentence, {@link SentenceReader} finds cues with their sources and contents;
 * then across sentences a quote that continues after its attributed sentence joins it, and only
 * the outermost of nested attributions is kept ("“..., we would note that ...,” the spokesman
 * said" is the spokesman's, not "we"'s), as in PolNeAR.
 */
public final class AttributionFinder {

    public List<Attribution> find(AnalyzedText text, Lexicons lexicons) {
        CueLexicon lex = CueLexicon.of(lexicons);
        String t = text.text();
        List<Attribution> out = new ArrayList<>();
        Found last = null;
        Sentence lastSentence = null;
        Sentence previous = null;
        Sentence paragraphStart = null;
        int quotesBefore = 0;
        for (Sentence s : text.sentences()) {
            boolean adjacent = previous != null && previous.paragraph() == s.paragraph();
            if (!adjacent) {
                paragraphStart = s;
                quotesBefore = 0;
            }
            List<Found> found = outermost(splitCoordinated(t, truncateShared(t, new SentenceReader(s.tokens(), lex).read())));
            List<Found> kept = new ArrayList<>();
            for (Found f : found) {
                if (insideQuote(s, f.cue(), quotesBefore)) {
                    continue; // "“... To those I say the following ...”": the quote's speaker is the source
                }
                if (f.kind() == CueKind.PUNCTUATION && SentenceReader.DASH.equals(f.lemma()) && startsWithQuote(paragraphStart)) {
                    f = f.withContent(trimTail(t, new Span(paragraphStart.span().start(), f.cue().start())));
                }
                if (f.content() == null && adjacent && isQuoteSentence(previous) && lastSentence != previous) {
                    f = f.withContent(previous.span()); // “...” He said.
                }
                if (f.content() != null) {
                    kept.add(f);
                }
            }
            if (kept.isEmpty() && last != null && last.source() != null && lastSentence == previous && adjacent
                    && startsWithQuote(s)) {
                kept.add(new Found(last.cue(), last.source(), s.span(), last.lemma(), last.kind(), true));
            }
            kept.forEach(f -> out.add(f.toAttribution()));
            if (!kept.isEmpty()) {
                last = kept.get(kept.size() - 1);
                lastSentence = s;
            }
            previous = s;
            quotesBefore = quoteDepth(s, Integer.MAX_VALUE, quotesBefore);
        }
        return out;
    }

    /**
     * Whether {@code cue} stands inside a quotation of its paragraph. Curly quotes say which way they
     * face; a straight double quote toggles. Doubled apostrophes ('') are left out: the tokenizer
     * does not split them consistently.
     */
    private static boolean insideQuote(Sentence s, Span cue, int depthBefore) {
        return quoteDepth(s, cue.start(), depthBefore) > 0;
    }

    static int quoteDepth(Sentence s, int before, int depth) {
        for (Token k : s.tokens()) {
            if (k.span().start() >= before) {
                break;
            }
            switch (k.text()) {
                case "“" -> depth++;
                case "”" -> depth = Math.max(0, depth - 1);
                case "\"" -> depth = depth > 0 ? depth - 1 : 1;
                default -> { }
            }
        }
        return depth;
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
                    out.set(i, a.withContent(cut.isEmpty() ? null : cut));
                }
            }
        }
        return out;
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
            String before = text.substring(Math.max(0, later.source().start() - 6), later.source().start()).stripTrailing();
            if (!before.endsWith(", and") && !before.endsWith(", but") && !before.endsWith(";")) {
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

    /** Removes trailing white space, commas, dashes and a dangling "and" / "but" from a cut content. */
    static Span trimTail(String text, Span span) {
        int s = span.start(), e = span.end();
        while (true) {
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;—–-".indexOf(text.charAt(e - 1)) >= 0)) {
                e--;
            }
            String tail = text.substring(Math.max(s, e - 4), e).toLowerCase(java.util.Locale.ROOT);
            if (tail.endsWith(" and") || tail.endsWith(" but")) {
                e -= 3;
            } else {
                return new Span(s, e);
            }
        }
    }

    private static boolean startsWithQuote(Sentence s) {
        return !s.tokens().isEmpty() && Tokens.isQuote(s.tokens().get(0));
    }

    private static boolean isQuoteSentence(Sentence s) {
        List<Token> ts = s.tokens();
        return ts.size() > 2 && Tokens.isQuote(ts.get(0)) && Tokens.isQuote(ts.get(ts.size() - 1));
    }
}
