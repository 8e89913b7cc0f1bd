package news.credibility.text;

/** What a stretch of the original text is, as far as sourcing goes. */
public enum RegionKind {
    /** The reported article: its sentences are read for claims. */
    BODY,
    /** Headline or dek: context, never scored as if the outlet attributed it. */
    HEADLINE,
    /** Share notes, disclaimers, bylines and bios, captions, ads, update notes, tag lines. */
    BOILERPLATE
}
