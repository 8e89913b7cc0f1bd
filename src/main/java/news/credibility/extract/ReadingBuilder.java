package news.credibility.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import news.credibility.lexicon.Lexicons;
import news.credibility.signal.ClaimContext;
import news.credibility.signal.CorroborationDetector;
import news.credibility.signal.HedgeDetector;
import news.credibility.signal.InterestDetector;
import news.credibility.signal.OpinionDetector;
import news.credibility.signal.QuoteDetector;
import news.credibility.signal.Response;
import news.credibility.signal.ResponseDetector;
import news.credibility.signal.ResponseLinker;
import news.credibility.signal.SecondHandDetector;
import news.credibility.signal.Signal;
import news.credibility.signal.SignalDetector;
import news.credibility.signal.SignalType;
import news.credibility.signal.SourceSignals;
import news.credibility.text.AnalyzedText;
import news.credibility.text.Span;

/**
 * From attributions to a reading: finds the responses (denials, no comment), cuts the body into
 * claims, types and links their sources, and collects each claim's sourcing signals. Stateless;
 * the compiled word lists are cached per {@link Lexicons} instance.
 */
public final class ReadingBuilder {

    private static final List<SignalDetector> DETECTORS = List.of(new SourceSignals(), new HedgeDetector(),
            new QuoteDetector(), new SecondHandDetector(), new InterestDetector());

    public Reading build(AnalyzedText text, List<Attribution> attributions, Lexicons lexicons) {
        SourcingLexicons lex = SourcingLexicons.of(lexicons);
        String t = text.text();
        MentionFinder finder = new MentionFinder(text, new SourceTyper(lex, NameIndex.build(text, lex)));
        List<Response> responses = new ResponseDetector(lex).detect(text, attributions);
        NavigableMap<Integer, List<Response>> bySentence = new TreeMap<>();
        responses.forEach(r -> bySentence.computeIfAbsent(r.sentence().span().start(), k -> new ArrayList<>()).add(r));
        Set<Integer> responseSentences = text.bodySentences().stream()
                .filter(s -> ResponseDetector.isResponseSentence(near(bySentence, s.span()), s)).map(s -> s.index()).collect(Collectors.toSet());
        // a negated cue ("did not say X") states nothing: X is no claim of that source
        List<Attribution> claimable = attributions.stream().filter(a -> !a.cueNegated()
                && !ResponseDetector.isResponse(near(bySentence, a.cue()), a)).toList();
        OpinionDetector opinion = new OpinionDetector(lex);
        List<ClaimDraft> drafts = new ArrayList<>(new ClaimSegmenter(opinion).segment(text, claimable, responseSentences));

        ClaimSources sourced = ClaimSources.find(drafts, attributions, finder, lex);
        List<SourceMention> origins = sourced.origins();
        List<Source> claimSources = sourced.sources();
        Map<Integer, List<Signal>> answered = new ResponseLinker().link(t, drafts, claimSources, responses);
        Map<Integer, List<Signal>> corroborated = new CorroborationDetector().detect(t, drafts, claimSources);
        String outlet = text.article().metadata().outlet();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ClaimDraft d = drafts.get(i);
            ClaimContext ctx = new ClaimContext(t, d, claimSources.get(i), origins.get(i), sourced.relays().get(i), outlet, lex);
            List<Signal> signals = new ArrayList<>();
            DETECTORS.forEach(det -> add(signals, det.detect(ctx)));
            add(signals, answered.getOrDefault(i, List.of()));
            add(signals, corroborated.getOrDefault(i, List.of()));
            if (d.kind() == ClaimKind.OPINION) {
                add(signals, opinion.evidence(t, d.sentence()));
            }
            claims.add(new Claim("c" + (i + 1), d.kind(), d.content(), d.content().text(t), d.sentence().span(),
                    ctx.sourceType(), claimSources.get(i), d.attribution(), signals));
        }
        return new Reading(text, attributions, sourced.linked().sources(), sameSource(claims, origins));
    }

    /**
     * The responses whose sentence overlaps {@code span}: the only ones that can make it a response
     * (a response's words lie in its sentence). A look-up rather than a scan of all responses, which
     * made a long article with many denials quadratic (a 1 MB article spent most of its time here).
     */
    private static List<Response> near(NavigableMap<Integer, List<Response>> bySentence, Span span) {
        Integer from = bySentence.floorKey(span.start());
        List<Response> out = new ArrayList<>();
        bySentence.subMap(from == null ? span.start() : from, true, Math.max(span.start(), span.end()), span.isEmpty())
                .values().forEach(out::addAll);
        return out;
    }

    /** Claims resting on one linked source are not independent: each names the others. */
    private static List<Claim> sameSource(List<Claim> claims, List<SourceMention> origins) {
        Map<Source, List<Claim>> bySource = new IdentityHashMap<>();
        claims.stream().filter(c -> c.source() != null).forEach(c -> bySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c));
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            List<Claim> peers = c.source() == null ? List.of() : bySource.get(c.source());
            if (peers.size() < 2) {
                out.add(c);
                continue;
            }
            String others = peerList(peers, c);
            List<Signal> signals = new ArrayList<>(c.signals());
            signals.add(new Signal(SignalType.SAME_SOURCE, origins.get(i).span(),
                    "same source (" + c.source().name() + ") as " + others));
            out.add(new Claim(c.id(), c.kind(), c.content(), c.text(), c.sentence(), c.sourceType(), c.source(), c.attribution(), signals));
        }
        return out;
    }

    /** The other claims' ids, at most {@value #MAX_PEERS_NAMED} named so a detail stays short on huge articles. */
    static String peerList(List<Claim> peers, Claim self) {
        List<String> ids = peers.stream().filter(p -> p != self).map(Claim::id).toList();
        if (ids.size() <= MAX_PEERS_NAMED) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, MAX_PEERS_NAMED)) + " and " + (ids.size() - MAX_PEERS_NAMED) + " others";
    }

    private static final int MAX_PEERS_NAMED = 5;

    private static void add(List<Signal> to, List<Signal> found) {
        for (Signal s : found) {
            if (to.stream().noneMatch(o -> o.type() == s.type() && o.evidence().equals(s.evidence()))) {
                to.add(s);
            }
        }
    }
}
