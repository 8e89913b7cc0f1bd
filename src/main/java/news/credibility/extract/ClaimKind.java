package news.credibility.extract;

/** What sort of statement a claim is. */
public enum ClaimKind {
    /** Attributed to a source (named or not) by the article. */
    REPORTED,
    /** A factual assertion the article makes without attributing it. */
    UNATTRIBUTED,
    /** The author's analysis or evaluation: reported, not scored as fact. */
    OPINION
}
