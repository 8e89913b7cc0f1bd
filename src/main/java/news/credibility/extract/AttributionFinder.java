package news.credibility.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        QuoteTracker quotes = new QuoteTracker();
        int openQuoteOwner = -1; // index in out of the attribution whose quotation is still open
        Found introducing = null; // a cue that ended its sentence with a colon: "He said:" + a quote below
        Map<Span, CueGrammar.Reading> grammar = new HashMap<>(); // tense and polarity of each cue, read in its sentence
        for (Sentence s : QuoteSplits.split(text.sentences())) {
            if (s.tokens().isEmpty()) {
                continue;
            }
            boolean adjacent = previous != null && previous.paragraph() == s.paragraph();
            if (!adjacent) {
                paragraphStart = s;
                quotes.startParagraph();
                openQuoteOwner = -1;
            }
            List<Found> kept = new ArrayList<>();
            Found nextIntroducing = null;
            List<Token> tokens = Retagger.mend(s.tokens(), lex);
            for (Found f : SentenceBounds.bound(t, new SentenceReader(tokens, lex, s.headline() || isOpeningLine(s, previous)).read())) {
                grammar.put(f.cue(), CueGrammar.read(tokens, f.cue(), f.kind(), lex));
                if (f.kind() != CueKind.PUNCTUATION && quotes.inside(s, f.cue())) {
                    continue; // "“... To those I say the following ...”": the quote's speaker is the source
                }
                if (f.kind() == CueKind.PUNCTUATION && PhraseCues.DASH.equals(f.lemma())
                        && QuoteTracker.startsWithQuote(paragraphStart)) {
                    f = f.withContent(SentenceBounds.trimTail(t, new Span(paragraphStart.span().start(), f.cue().start())));
                }
                if (f.content() == null && adjacent && (lastSentence != previous || isWholeQuote(previous, s))) {
                    f = f.withContent(quoteBefore(s, previous, quotes)); // “...” He said. / “... Mistake?” + he asked.
                }
                if (f.content() != null && quotes.openAtStart() && f.content().start() <= s.tokens().get(0).span().end()) {
                    f = f.withContent(new Span(quotes.openedAt(), f.content().end())); // the quote began sentences ago
                }
                if (f.content() != null) {
                    kept.add(f);
                } else if (f.cue().end() <= s.span().end() && endsWithColon(s)) {
                    nextIntroducing = f;
                }
            }
            if (kept.isEmpty() && introducing != null && QuoteTracker.startsWithQuote(s)) {
                kept.add(introducing.withContent(s.span())); // "He said:" / "“We have a situation ...”"
            }
            introducing = nextIntroducing;
            if (kept.isEmpty() && openQuoteOwner >= 0) {
                Attribution a = out.get(openQuoteOwner); // a quotation running on over several sentences
                out.set(openQuoteOwner, a.withContent(a.content().union(s.span())));
                lastSentence = s;
            } else if (kept.isEmpty() && last != null && last.source() != null && lastSentence == previous && adjacent
                    && QuoteTracker.startsWithQuote(s)) {
                kept.add(new Found(last.cue(), last.source(), s.span(), last.lemma(), last.kind(), true));
            }
            kept.forEach(f -> out.add(f.toAttribution(grammar.getOrDefault(f.cue(), CueGrammar.Reading.NONE))));
            if (!kept.isEmpty()) {
                last = kept.get(kept.size() - 1);
                lastSentence = s;
                boolean runsOn = quotes.openAtEnd(s) && last.content().end() >= s.span().end() - 2;
                openQuoteOwner = runsOn ? out.size() - 1 : -1;
            } else if (!quotes.openAtEnd(s)) {
                openQuoteOwner = -1;
            }
            previous = s;
            quotes.advance(s);
        }
        return out;
    }

    /** A sentence whose last token is a colon: it introduces what follows it. */
    private static boolean endsWithColon(Sentence s) {
        return s.tokens().get(s.tokens().size() - 1).text().equals(":");
    }

    /** Longest opening line read as a headline, in tokens. */
    private static final int OPENING_LINE_TOKENS = 25;

    /**
     * The article's first sentence, short: a headline even where it ends in a full stop and is not in
     * title case ("Lynch: No outside influence on FBI probe."), which the boilerplate pass leaves in the body.
     */
    private static boolean isOpeningLine(Sentence s, Sentence previous) {
        return previous == null && s.tokens().size() <= OPENING_LINE_TOKENS;
    }

    /**
     * The quotation just before a sentence whose cue has no content of its own: the previous sentence
     * when it is a quotation, from where that quotation opened (perhaps sentences earlier), plus a
     * closing mark the sentence detector left at the start of this sentence. Null where there is none.
     */
    private static Span quoteBefore(Sentence s, Sentence previous, QuoteTracker quotes) {
        boolean closingHere = Tokens.isQuote(s.tokens().get(0));
        if (!QuoteTracker.endsWithQuote(previous) && !closingHere) {
            return null;
        }
        int start = QuoteTracker.startsWithQuote(previous) ? previous.span().start() : quotes.lastOpenedAt();
        if (start < 0) {
            return null;
        }
        Span quote = new Span(start, previous.span().end());
        return closingHere ? quote.union(s.tokens().get(0).span()) : quote;
    }

    /**
     * "“... what she said was a success ... Really?” / Bush said.": a previous sentence that ends a
     * quotation, followed by a bare "Name said.", gives this sentence's cue its content even where a
     * cue inside the quotation was found.
     */
    private static boolean isWholeQuote(Sentence previous, Sentence s) {
        return QuoteTracker.endsWithQuote(previous) && s.tokens().size() <= 6;
    }
}
