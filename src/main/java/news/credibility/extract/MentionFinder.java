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
    private static final Set<String> ACCUSER_END = Set.of("for", "over", "about", "after", "that", "because", "in", "on", "with");

    private final AnalyzedText analyzed;
    private final SourceTyper typer;

    MentionFinder(AnalyzedText analyzed, SourceTyper typer) {
        this.analyzed = analyzed;
        this.typer = typer;
    }

    SourceMention mention(Span span, Sentence fallback, boolean implied) {
        Sentence s = sentenceAt(span.start());
        s = s != null && s.span().contains(span) ? s : fallback;
        NounPhrase np = NounPhrase.of(analyzed.text(), s, span);
        return new SourceMention(span, np, s, typer.type(analyzed.text(), s, np), implied);
    }

    /** A mention for a source span wherever it stands; null where no analysed sentence holds its start. */
    SourceMention mentionAnywhere(Span span) {
        Sentence s = sentenceAt(span.start());
        return s == null ? null : mention(span, s, false);
    }

    /** The sentence holding {@code offset}, by binary search (sentences are in text order), or null. */
    private Sentence sentenceAt(int offset) {
        List<Sentence> ss = analyzed.sentences();
        int lo = SortedLists.firstReaching(ss, s -> s.span().end() > offset);
        return lo < ss.size() && ss.get(lo).span().contains(offset) ? ss.get(lo) : null;
    }

    /** A source a sentence without an attribution still names: its subject, or an accuser. */
    SourceMention withoutCue(Sentence s, SourcingLexicons lex) {
        SourceMention subject = subject(s);
        return subject != null ? subject : accuser(s, lex);
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

    /**
     * The source of an accusation noun in {@code s}: "has drawn criticism from the United Nations and
     * Libyan activists for ...", "condemnation by rights groups over ...". Null where there is none.
     */
    SourceMention accuser(Sentence s, SourcingLexicons lex) {
        List<Token> ts = s.tokens();
        for (int i = 0; i + 2 < ts.size(); i++) {
            String w = ts.get(i).lower();
            String next = ts.get(i + 1).lower();
            if (!ts.get(i).pos().startsWith("NOUN") || !SourcingLexicons.is(lex.adversarialWords, w, "accusation")
                    || !(next.equals("from") || next.equals("by"))) {
                continue;
            }
            int end = i + 2;
            while (end < ts.size() && !ACCUSER_END.contains(ts.get(end).lower()) && !ts.get(end).isPos("PUNCT")
                    && !ts.get(end).isPos("VERB") && !ts.get(end).isPos("SCONJ")) {
                end++;
            }
            if (end > i + 2) {
                SourceMention m = mention(new Span(ts.get(i + 2).span().start(), ts.get(end - 1).span().end()), s, true);
                if (m.typing().type() != SourceType.NAMED_PERSON || !m.phrase().nameRuns().isEmpty()) {
                    return m;
                }
            }
        }
        return null;
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
