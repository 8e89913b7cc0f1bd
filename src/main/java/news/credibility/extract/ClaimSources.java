package news.credibility.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.credibility.signal.ResponseDetector;
import news.credibility.text.Span;

/**
 * Who stands behind each claim: the mention of its origin (its attribution's source, an anonymous
 * source its sentence names, its subject, or the source of the next sentence taking it up), the
 * mentions relaying it, and all of them linked into the article's sources. Every attribution's
 * source is typed and linked, responses' too, so that no source of the article goes untyped.
 *
 * @param origins per claim, the mention of its origin (null where none)
 * @param relays  per claim, the mentions of the outer attributions relaying it
 * @param sources per claim, the linked source of its origin (null where none)
 * @param linked  every linked source of the article
 */
record ClaimSources(List<SourceMention> origins, List<List<SourceMention>> relays, List<Source> sources,
                    SourceLinker.Linked linked) {

    /** Finds the sources of {@code drafts}; a draft with a source found in its sentence becomes REPORTED in place. */
    static ClaimSources find(List<ClaimDraft> drafts, List<Attribution> attributions, MentionFinder finder, SourcingLexicons lex) {
        Map<Span, SourceMention> mentions = new LinkedHashMap<>();
        List<SourceMention> origins = new ArrayList<>();
        List<List<SourceMention>> relays = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            SourceMention subject = drafts.get(i).kind() == ClaimKind.UNATTRIBUTED ? finder.withoutCue(drafts.get(i).sentence(), lex) : null;
            if (subject != null) {
                ClaimDraft d = drafts.get(i);
                drafts.set(i, new ClaimDraft(ClaimKind.REPORTED, d.content(), d.sentence(), null, List.of()));
            }
            origins.add(origin(drafts.get(i), subject, finder, mentions));
            List<SourceMention> rs = new ArrayList<>();
            ClaimDraft here = drafts.get(i);
            for (Attribution r : here.relays()) {
                if (r.source() != null) {
                    rs.add(mentions.computeIfAbsent(r.source(), span -> finder.mention(span, here.sentence(), false)));
                }
            }
            relays.add(rs);
        }
        sourcedByNextSentence(drafts, origins);
        for (Attribution a : attributions) {
            if (a.source() != null && !mentions.containsKey(a.source())) {
                SourceMention m = finder.mentionAnywhere(a.source());
                if (m != null) {
                    mentions.put(a.source(), m);
                }
            }
        }
        SourceLinker.Linked linked = new SourceLinker().link(mentions.values().stream().sorted((x, y) -> x.span().compareTo(y.span())).toList());
        List<Source> sources = new ArrayList<>();
        origins.forEach(m -> sources.add(m == null ? null : linked.byMention().get(m)));
        return new ClaimSources(origins, relays, sources, linked);
    }

    /** The mention of the source a claim originates from: its attribution's, one implied in its sentence, or its subject. */
    private static SourceMention origin(ClaimDraft d, SourceMention subject, MentionFinder finder, Map<Span, SourceMention> mentions) {
        Attribution a = d.attribution();
        if (subject != null) {
            return mentions.computeIfAbsent(subject.span(), span -> subject);
        }
        if (a != null && a.source() != null) {
            return mentions.computeIfAbsent(a.source(), span -> finder.mention(span, d.sentence(), false));
        }
        SourceMention implied = a != null ? finder.implied(d.sentence()) : null;
        return implied == null ? null : mentions.computeIfAbsent(implied.span(), span -> implied);
    }

    /**
     * "Adding to the intrigue are parallel claims that X. These accusations are coming from Y, ...":
     * a source-less reported claim takes the source of the next sentence when that sentence opens by
     * taking it up ("These accusations", "The claims").
     */
    private static void sourcedByNextSentence(List<ClaimDraft> drafts, List<SourceMention> origins) {
        for (int i = 0; i < drafts.size(); i++) {
            ClaimDraft d = drafts.get(i);
            if (origins.get(i) != null || d.attribution() == null) {
                continue;
            }
            for (int j = i + 1; j < drafts.size(); j++) {
                ClaimDraft next = drafts.get(j);
                if (next.sentence().index() == d.sentence().index() + 1 && next.sentence().paragraph() == d.sentence().paragraph()
                        && origins.get(j) != null && !origins.get(j).implied() && ResponseDetector.opensWithClaimAnaphor(next.sentence())) {
                    origins.set(i, origins.get(j));
                    break;
                }
            }
        }
    }

}
