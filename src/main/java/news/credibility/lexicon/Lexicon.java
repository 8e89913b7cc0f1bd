package news.credibility.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One word list from {@code rules/lexicons/<name>.txt}: entries in lower case (single words or
 * phrases), each with optional tab-separated attributes after the entry ("said\tlemma=say").
 */
public record Lexicon(String name, Map<String, Map<String, String>> entries) {

    public Lexicon {
        entries = Map.copyOf(entries);
    }

    public boolean contains(String entry) {
        return entries.containsKey(entry.toLowerCase(java.util.Locale.ROOT));
    }

    public Set<String> words() {
        return entries.keySet();
    }

    /** An attribute of an entry, or null. */
    public String attribute(String entry, String key) {
        Map<String, String> a = entries.get(entry.toLowerCase(java.util.Locale.ROOT));
        return a == null ? null : a.get(key);
    }

    /** Multi-word entries split into tokens, longest first, for phrase matching. */
    public List<List<String>> phrases() {
        return entries.keySet().stream()
                .map(e -> List.of(e.split("\\s+")))
                .sorted((a, b) -> Integer.compare(b.size(), a.size()))
                .toList();
    }
}
