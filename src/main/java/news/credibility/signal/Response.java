package news.credibility.signal;

import news.credibility.text.Sentence;
import news.credibility.text.Span;

/**
 * A response in the text: a denial, a confirmation, a no-comment or a statement that a claim is
 * not confirmed. Not a claim itself; it becomes a signal on the claims it answers.
 *
 * @param type      DENIED, CONFIRMED, NO_COMMENT or NOT_CONFIRMED
 * @param evidence  the responding words ("denies these allegations")
 * @param sentence  the sentence it sits in
 * @param party     who responds, as written ("Iran", "The Israeli embassy"), null where unknown
 * @param plural    the response takes up several claims ("these allegations")
 * @param ownSentence the response qualifies the claim of its own sentence ("..., but X has not stated this publicly")
 */
public record Response(SignalType type, Span evidence, Sentence sentence, String party, boolean plural, boolean ownSentence) {
}
