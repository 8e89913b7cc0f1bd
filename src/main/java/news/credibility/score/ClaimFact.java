package news.credibility.score;

import news.credibility.extract.Claim;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.CueTense;
import news.credibility.extract.SourceType;

/**
 * A claim as the rules see it: flat, immutable, with the words it rests on already cut from the
 * article text, so a rule can bind them as evidence. Its signals are separate {@link SignalFact}s.
 *
 * @param id         the claim's id within the article
 * @param kind       reported, unattributed or opinion
 * @param sourceType who stands behind it
 * @param sourceId   the linked source entity's id, null where unattributed
 * @param sourceName the source's readable name, null where unattributed
 * @param source     the source as written, null where the text names none
 * @param cue        the attribution cue ("told", "according to"), null where unattributed
 * @param content    the claim's content
 * @param cueTense   the cue's tense (PAST for "said", FUTURE for "will announce", NONE for nouns and
 *                   where unattributed), for rules on how the source's words were reported
 */
public record ClaimFact(String id, ClaimKind kind, SourceType sourceType, String sourceId, String sourceName,
                        Evidence source, Evidence cue, Evidence content, CueTense cueTense) {

    /** Builds the fact for {@code claim}; {@code text} (the article) may be null. */
    public static ClaimFact of(Claim claim, String text) {
        var attribution = claim.attribution();
        var src = claim.source();
        Evidence sourceWords = attribution == null ? null : Evidences.cut("source", attribution.source(), text);
        Evidence cueWords = attribution == null ? null : Evidences.cut("cue", attribution.cue(), text);
        Evidence content = claim.content() == null
                ? new Evidence("content", null, claim.text())
                : Evidences.cut("content", claim.content(), text, claim.text());
        return new ClaimFact(claim.id(), claim.kind(), claim.sourceType(), src == null ? null : src.id(),
                src == null ? null : src.name(), sourceWords, cueWords, content,
                // no negated cue reaches here: "did not say X" makes X no claim of that source (ReadingBuilder)
                attribution == null ? CueTense.NONE : attribution.cueTense());
    }

    /** Who stands behind the claim, as readers see it: the source's words, its name, or "no source". */
    public String who() {
        if (source != null && source.text() != null) {
            return "\"" + source.text() + "\"";
        }
        return sourceName != null ? "\"" + sourceName + "\"" : "no source";
    }

    /** Readable, for traces: claim c3 (REPORTED, ANONYMOUS source "a source familiar with the meeting"). */
    public String describe() {
        String who = sourceName != null ? " \"" + sourceName + "\"" : source != null && source.text() != null ? " \"" + source.text() + "\"" : "";
        return "claim %s (%s, %s source%s)".formatted(id, kind, sourceType, who);
    }
}
