package news.credibility.extract;

/** Who stands behind a claim, as far as the text lets a reader tell. */
public enum SourceType {
    /** A named person holding an office, or an identifiable office holder ("the Israeli envoy to the UN"). */
    NAMED_OFFICIAL,
    /** A named person without an office relevant to the claim. */
    NAMED_PERSON,
    /** A government, agency, company, party, court, organisation, or its spokesperson. */
    INSTITUTION,
    /** A news outlet (newspaper, agency, broadcaster), named or not. */
    OUTLET,
    /** A document: statement, report, poll, filing, letter, study. */
    DOCUMENT,
    /** An unnamed source: "a source familiar with", "officials said", "the anonymous source". */
    ANONYMOUS,
    /** No source at all: the article asserts it. */
    UNATTRIBUTED
}
