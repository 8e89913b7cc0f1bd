package news.credibility.api;

/** Words a rule rests on: what they are ({@code label}), where ({@code start}, {@code end}) and the words. */
public record EvidenceView(String label, Integer start, Integer end, String text) {
}
