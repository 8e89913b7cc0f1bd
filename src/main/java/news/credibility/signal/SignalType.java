package news.credibility.signal;

/** The sourcing signals the engine detects per claim. Each comes with its evidence span. */
public enum SignalType {
    /** The claim's source is not named ("a source familiar with", "officials"). */
    ANONYMOUS_SOURCE,
    /** A named office holder speaks on the record. */
    NAMED_OFFICIAL,
    /** An institution (government, agency, organisation, spokesperson) stands behind it. */
    INSTITUTION,
    /** A news outlet is named as carrying it. */
    OUTLET_NAMED,
    /** A document (statement, report, filing) stands behind it. */
    DOCUMENT,
    /** The source is on the record: named, speaking publicly. */
    ON_RECORD,
    /** Hedged: reportedly, allegedly, is said to, ostensibly, believed, claims. */
    HEDGED,
    /** Denied by someone (linked from the denial, which may come sentences later). */
    DENIED,
    /** Someone asked did not comment or did not respond. */
    NO_COMMENT,
    /** Confirmed by someone other than its source. */
    CONFIRMED,
    /** Said explicitly not to be confirmed ("has not stated this publicly"). */
    NOT_CONFIRMED,
    /** Carried by a direct quotation. */
    DIRECT_QUOTE,
    /** Second-hand: an outlet relaying another outlet or an unnamed report. */
    SECOND_HAND,
    /** The origin of a relayed report is itself unnamed ("an unnamed Arab newspaper"). */
    ANONYMOUS_ORIGIN,
    /** Only one source stands behind it. */
    SINGLE_SOURCE,
    /** Only one outlet carries it. */
    SINGLE_OUTLET,
    /** Obtained by this outlet alone ("told the Washington Free Beacon"). */
    EXCLUSIVE,
    /** An official statement or release. */
    OFFICIAL_STATEMENT,
    /** The source is the claim's subject speaking about itself. */
    SELF_SERVING,
    /** The source is an adversary or interested party of the claim's subject. */
    INTERESTED_PARTY,
    /** Supported by two or more independent sources. */
    CORROBORATED,
    /** The same source stands behind another claim of the article (not an independent one). */
    SAME_SOURCE,
    /** Evaluative language of the author. */
    OPINION
}
