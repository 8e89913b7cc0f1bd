package news.credibility.signal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import news.credibility.extract.Attribution;
import news.credibility.extract.PhraseMatcher;
import news.credibility.extract.SourceMention;
import news.credibility.extract.SourceType;
import news.credibility.extract.SourcingLexicons;
import news.credibility.text.Span;

/**
 * Outlets in a claim's chain of attribution. An outlet that is the source or relays it (other than
 * the article's own) makes the claim SECOND_HAND; with an unnamed origin also ANONYMOUS_ORIGIN;
 * relayed from one named outlet only, SINGLE_OUTLET. An outlet that was told the claim ("told the
 * Washington Free Beacon") is the recipient: the source spoke to it alone, EXCLUSIVE, unless it is
 * another outlet than the article's, which makes the claim second-hand again.
 */
public final class SecondHandDetector implements SignalDetector {

    private static final Set<String> TELLING = Set.of("tell", "told", "tells", "telling", "speak", "spoke", "speaking", "say", "said");

    @Override
    public List<Signal> detect(ClaimContext c) {
        List<Signal> out = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        Span secondHand = null;
        List<SourceMention> chain = new ArrayList<>(c.relays());
        if (c.mention() != null) {
            chain.add(0, c.mention());
        }
        for (SourceMention m : chain) {
            if (m.typing().type() != SourceType.OUTLET) {
                continue;
            }
            List<PhraseMatcher.Match> names = c.lex().namedOutlets.find(c.text(), m.span());
            names.forEach(n -> named.add(n.span().text(c.text())));
            if (names.stream().noneMatch(n -> isOwn(c, n.entry()))) {
                secondHand = secondHand == null ? m.span() : secondHand;
            }
        }
        PhraseMatcher.Match recipient = recipient(c);
        if (recipient != null) {
            named.add(recipient.span().text(c.text()));
            if (isOwn(c, recipient.entry()) || c.articleOutlet() == null) {
                out.add(new Signal(SignalType.EXCLUSIVE, recipient.span(), "told to " + recipient.span().text(c.text()) + " alone"));
            } else if (secondHand == null) {
                secondHand = recipient.span();
            }
        }
        for (String n : named) {
            Span at = chain.stream().map(SourceMention::span).filter(s -> s.text(c.text()).contains(n)).findFirst()
                    .orElse(recipient != null ? recipient.span() : c.claim().sentence().span());
            out.add(new Signal(SignalType.OUTLET_NAMED, at, n));
        }
        if (secondHand != null) {
            out.add(new Signal(SignalType.SECOND_HAND, secondHand, "relayed from another outlet: " + secondHand.text(c.text())));
            Span unnamed = unnamedOrigin(c, chain);
            if (unnamed != null) {
                out.add(new Signal(SignalType.ANONYMOUS_ORIGIN, unnamed, "the relayed origin is unnamed: " + unnamed.text(c.text())));
            }
            long namedOthers = named.stream().filter(n -> !isOwn(c, PhraseMatcher.normalise(n))).count();
            if (namedOthers == 1) {
                out.add(new Signal(SignalType.SINGLE_OUTLET, secondHand, "carried by one outlet only"));
            }
        }
        return out;
    }

    /** A named outlet right after a telling cue, before the content: "told the Free Beacon that ...". */
    private static PhraseMatcher.Match recipient(ClaimContext c) {
        Attribution a = c.attribution();
        if (a == null || !(TELLING.contains(PhraseMatcher.normalise(a.cue().text(c.text()))) || "tell".equals(a.cueLemma()))) {
            return null;
        }
        Span sentence = c.claim().sentence().span();
        int end = a.content() != null && a.content().start() > a.cue().end() ? a.content().start() : sentence.end();
        end = Math.min(end, Math.min(sentence.end(), a.cue().end() + 60));
        if (end <= a.cue().end()) {
            return null;
        }
        List<PhraseMatcher.Match> found = c.lex().namedOutlets.find(c.text(), new Span(a.cue().end(), end));
        return found.isEmpty() ? null : found.get(0);
    }

    /** An anonymous origin in the chain, or an unnamed-marker outside the content ("an unnamed Arab newspaper"). */
    private static Span unnamedOrigin(ClaimContext c, List<SourceMention> chain) {
        for (SourceMention m : chain) {
            if (m.typing().type() == SourceType.ANONYMOUS) {
                return m.span();
            }
            List<PhraseMatcher.Match> marks = c.lex().anonymityPhrases.find(c.text(), m.span());
            if (!marks.isEmpty()) {
                return m.span();
            }
        }
        Span content = c.claim().content();
        List<news.credibility.text.Token> opening = c.claim().sentence().tokens().stream()
                .filter(t -> content.contains(t.span())).limit(4).toList();
        for (news.credibility.text.Token t : opening) { // "Israeli intelligence sources expect ..., according to X"
            if (SourcingLexicons.is(c.lex().anonymity, t.lower(), "head") && t.pos().startsWith("NOUN")) {
                return new Span(opening.get(0).span().start(), t.span().end());
            }
        }
        Span s = c.claim().sentence().span();
        for (Span part : List.of(new Span(s.start(), Math.max(s.start(), content.start())), new Span(Math.min(content.end(), s.end()), s.end()))) {
            List<PhraseMatcher.Match> marks = c.lex().anonymityPhrases.find(c.text(), part);
            if (!marks.isEmpty()) {
                return marks.get(0).span();
            }
        }
        return null;
    }

    private static boolean isOwn(ClaimContext c, String outletEntry) {
        String own = c.articleOutlet();
        if (own == null) {
            return false;
        }
        String o = PhraseMatcher.normalise(own);
        return o.contains(outletEntry) || outletEntry.contains(o);
    }
}
