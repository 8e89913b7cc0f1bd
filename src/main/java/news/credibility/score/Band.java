package news.credibility.score;

/** Evidentiary strength of a claim, for triage. Shown as text, never as colour alone. */
public enum Band {
    STRONG, MODERATE, WEAK, UNSUPPORTED
}
