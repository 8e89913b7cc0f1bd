package news.credibility.api;

import news.credibility.signal.SignalType;

/** A sourcing signal of a claim with the words it rests on. */
public record SignalView(SignalType type, SpanView evidence, String detail) {
}
