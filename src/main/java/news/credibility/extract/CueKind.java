package news.credibility.extract;

/** The grammatical kind of an attribution cue. */
public enum CueKind {
    /** A reporting or evidential verb: said, told, claims, denies, accused, believed. */
    VERB,
    /** A reporting noun: statement, report, account, claims. */
    NOUN,
    /** "according to". */
    ACCORDING_TO,
    /** A colon or dash introducing a quote. */
    PUNCTUATION,
    /** An evidential adverb or construction without a source: reportedly, allegedly, is said to. */
    EVIDENTIAL
}
