package news.credibility.extract;

/**
 * The tense of an attribution cue, read from the cue verb's form and the auxiliaries before it.
 * Rule authors weigh "has confirmed" against "would confirm", "says" against "said".
 */
public enum CueTense {
    /** "says", "say", "is saying", "does not say", a headline's "Says". */
    PRESENT,
    /** "said", "was saying", "did not say", "was asked". */
    PAST,
    /** "will say", "is going to announce". */
    FUTURE,
    /** "has said", "have not confirmed". */
    PERFECT,
    /** "had said". */
    PAST_PERFECT,
    /** "would say", "could confirm", "may claim", "should tell": not a statement made. */
    MODAL,
    /** A participle or infinitive with no tense of its own: "..., saying", "declined to say". */
    NONFINITE,
    /** No verb: a reporting noun, "according to", a colon or dash. */
    NONE
}
