package news.credibility.extract;

import java.util.List;
import java.util.Set;

import news.credibility.text.AnalyzedText;
import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Turns source spans into typed mentions, and finds the source an attribution without one leans
 * on: an anonymous source named elsewhere in its sentence ("which is said to have mediated the
 * meetings ... named by the anonymous source").
 */
final class MentionFinder {

    private static final Set<String> SOURCE_NOUNS = Set.of("source", "sources");

    private final AnalyzedText analyzed;
    private final SourceTyper typer;

    MentionFinder(AnalyzedText analyzed, SourceTyper typer) {
        this.analyzed = analyzed;
        this.typer = typer;
    }

    SourceMention mention(Span span, Sentence fallback, boolean implied) {
        Sentence s = analyzed.sentences().stream().filter(x -> x.span().contains(span)).findFirst().orElse(fallback);
        NounPhrase np = NounPhrase.of(analyzed.text(), s, span);
        return new SourceMention(span, np, s, typer.type(analyzed.text(), s, np), implied);
    }

    /**
     * A sentence opening on an anonymous source as its subject ("The source, in fact, dates ..."):
     * whatever its verb, the sentence reports what that source says. Null where it does not.
     */
    SourceMention subject(Sentence s) {
        List<Token> ts = s.tokens();
        int i = 0;
        while (i < ts.size() && (ts.get(i).isPos("DET") || ts.get(i).isPos("ADJ")) && i < 3) {
            i++;
        }
        if (i >= ts.size() || !SOURCE_NOUNS.contains(ts.get(i).lower())
                || i + 1 < ts.size() && (ts.get(i + 1).isPos("NOUN") || ts.get(i + 1).isPos("PROPN"))) {
            return null;
        }
        SourceMention m = mention(new Span(ts.get(0).span().start(), ts.get(i).span().end()), s, true);
        return m.typing().type() == SourceType.ANONYMOUS ? m : null;
    }

    /** An anonymous source phrase in {@code s}, from its determiner to its head ("the anonymous source"), or null. */
    SourceMention implied(Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (!SOURCE_NOUNS.contains(ts.get(i).lower())) {
                continue;
            }
            int from = i;
            while (from > 0 && (ts.get(from - 1).isPos("ADJ") || ts.get(from - 1).isPos("DET") || ts.get(from - 1).isPos("NOUN"))) {
                from--;
                if (ts.get(from).isPos("DET")) {
                    break;
                }
            }
            Span span = new Span(ts.get(from).span().start(), ts.get(i).span().end());
            SourceMention m = mention(span, s, true);
            if (m.typing().type() == SourceType.ANONYMOUS) {
                return m;
            }
        }
        return null;
    }
}
