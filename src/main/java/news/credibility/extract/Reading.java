package news.credibility.extract;

import java.util.List;

import news.credibility.text.AnalyzedText;

/**
 * The engine's reading of one article: its analysed text, every attribution found, the linked
 * sources, and the claims with their signals. Responses (denials, no comment) are not claims: they
 * appear as signals on the claims they answer.
 */
public record Reading(AnalyzedText analyzed, List<Attribution> attributions, List<Source> sources, List<Claim> claims) {

    public Reading {
        attributions = List.copyOf(attributions);
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
    }

    public String text() {
        return analyzed.text();
    }
}
