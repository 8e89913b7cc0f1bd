package news.credibility.signal;

import java.util.List;

/** Finds one family of sourcing signals for a claim. */
public interface SignalDetector {

    List<Signal> detect(ClaimContext claim);
}
