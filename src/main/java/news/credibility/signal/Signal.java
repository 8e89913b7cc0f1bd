package news.credibility.signal;

import news.credibility.text.Span;

/**
 * A sourcing signal found for a claim.
 *
 * @param type     which signal
 * @param evidence the words of the original text it rests on
 * @param detail   a readable precision ("reportedly", "Israel Hayom", "denied by Iran in c7")
 */
public record Signal(SignalType type, Span evidence, String detail) {
}
