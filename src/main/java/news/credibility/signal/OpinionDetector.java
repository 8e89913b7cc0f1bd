package news.credibility.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.credibility.extract.PhraseMatcher;
import news.credibility.extract.SourcingLexicons;
import news.credibility.text.Sentence;
import news.credibility.text.Span;

/**
 * The author's analysis: evaluative words and phrases from {@code opinion.txt} (each weighted 1 or
 * 2) and comparative correlatives ("The more successful X is, the less need ..."), a construction
 * of argument rather than report. A sentence with cues weighing 2 or more is opinion.
 */
public final class OpinionDetector {

    static final int THRESHOLD = 2;
    private static final Pattern CORRELATIVE = Pattern.compile(
            "^\\W*the[\\s\\u00A0]+(more|less|fewer|greater|bigger|longer|better|worse)\\b[^,;]*,[\\s\\u00A0]*the[\\s\\u00A0]+(more|less|fewer|greater|bigger|longer|better|worse)\\b",
            Pattern.CASE_INSENSITIVE);

    private final SourcingLexicons lex;

    public OpinionDetector(SourcingLexicons lex) {
        this.lex = lex;
    }

    public boolean isOpinion(String text, Sentence s) {
        return weight(evidence(text, s)) >= THRESHOLD;
    }

    /** The opinion cues of a sentence as signals (weight in the detail). */
    public List<Signal> evidence(String text, Sentence s) {
        List<Signal> out = new ArrayList<>();
        Matcher m = CORRELATIVE.matcher(s.text(text));
        if (m.find()) {
            out.add(new Signal(SignalType.OPINION, new Span(s.span().start() + m.start(), s.span().start() + m.end()),
                    "comparative correlative 'the " + m.group(1) + " ..., the " + m.group(2) + "' (weight 2)"));
        }
        for (PhraseMatcher.Match match : lex.opinion.find(text, s.span())) {
            out.add(new Signal(SignalType.OPINION, match.span(),
                    "evaluative '" + match.entry() + "' (weight " + weightOf(match.attribute("weight")) + ")"));
        }
        return out;
    }

    static int weight(List<Signal> cues) {
        int sum = 0;
        for (Signal s : cues) {
            sum += s.detail().endsWith("(weight 2)") ? 2 : 1;
        }
        return sum;
    }

    private static int weightOf(String w) {
        return "2".equals(w) ? 2 : 1;
    }
}
