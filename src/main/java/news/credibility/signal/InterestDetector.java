package news.credibility.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import news.credibility.extract.Attribution;
import news.credibility.extract.PhraseMatcher;
import news.credibility.extract.SourceType;
import news.credibility.text.Span;

/**
 * Interest of the source in its claim. SELF_SERVING: the source is the claim's subject ("Haftar
 * claims to hold ..." where the cue raises its own subject; "Iran contends that ... Iran's
 * enemies" where the content names the source). INTERESTED_PARTY: a state or official accusing
 * another party ("accused Tehran of"), or a source speaking about itself and its adversaries.
 */
public final class InterestDetector implements SignalDetector {

    /** Assertive cues whose infinitive complement is said of their own subject ("claims to hold"); not promises ("vowed to"). */
    private static final java.util.Set<String> ASSERTING = java.util.Set.of("claim", "purport", "profess", "insist", "maintain", "pretend", "allege");
    private static final Pattern RAISING = Pattern.compile("^[\\s\\u00A0]*to[\\s\\u00A0]+\\p{L}+");

    @Override
    public List<Signal> detect(ClaimContext c) {
        List<Signal> out = new ArrayList<>();
        Attribution a = c.attribution();
        SourceType type = c.sourceType();
        if (a == null || c.mention() == null) {
            return out;
        }
        boolean party = type == SourceType.NAMED_OFFICIAL || type == SourceType.INSTITUTION || type == SourceType.NAMED_PERSON;
        if (!party) {
            return out;
        }
        Span selfEvidence = selfReference(c, a);
        if (selfEvidence != null) {
            out.add(new Signal(SignalType.SELF_SERVING, selfEvidence, "the source speaks about itself: " + c.source().name()));
            for (PhraseMatcher.Match m : c.lex().adversaries.find(c.text(), c.claim().content())) {
                out.add(new Signal(SignalType.INTERESTED_PARTY, m.span(), "the source names its adversaries ('" + m.entry() + "')"));
                break;
            }
        }
        if (type != SourceType.NAMED_PERSON) {
            Span sentence = c.claim().sentence().span();
            Span between = new Span(Math.min(c.mention().span().end(), sentence.end()),
                    Math.max(Math.min(c.mention().span().end(), sentence.end()), Math.min(c.claim().content().start(), sentence.end())));
            List<PhraseMatcher.Match> acc = c.lex().accusations.find(c.text(), a.cue());
            if (acc.isEmpty() && c.mention().span().end() <= c.claim().content().start()) {
                acc = c.lex().accusations.find(c.text(), between);
            }
            if (!acc.isEmpty()) {
                out.add(new Signal(SignalType.INTERESTED_PARTY, acc.get(0).span(),
                        c.source().name() + " accuses another party ('" + acc.get(0).span().text(c.text()) + "')"));
            }
        }
        return out;
    }

    private static Span selfReference(ClaimContext c, Attribution a) {
        String afterCue = c.text().substring(a.cue().end(), Math.min(c.text().length(), a.cue().end() + 40));
        String cue = lower(a.cue().text(c.text()));
        if (RAISING.matcher(afterCue).find() && c.claim().content().start() >= a.cue().end()
                && ASSERTING.stream().anyMatch(v -> cue.startsWith(v) || v.equals(a.cueLemma()))) {
            return a.cue().union(c.mention().span());
        }
        String head = c.mention().phrase().headLower();
        if (head.length() < 3 || c.mention().phrase().isPronoun() || c.mention().phrase().head() == null || !Character.isUpperCase(c.mention().phrase().head().text().codePointAt(0))) {
            return null;
        }
        Pattern self = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(head) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        var m = self.matcher(c.text()).region(c.claim().content().start(), c.claim().content().end());
        while (m.find()) {
            Span found = new Span(m.start(), m.end());
            if (!c.mention().span().overlaps(found) && !a.cue().overlaps(found) && !c.source().mentions().contains(found)
                    && c.source().mentions().stream().noneMatch(x -> x.overlaps(found))) {
                return found;
            }
        }
        return null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
