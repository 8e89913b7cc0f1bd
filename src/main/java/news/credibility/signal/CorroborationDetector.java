package news.credibility.signal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.credibility.extract.ClaimDraft;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.Source;
import news.credibility.text.Token;

/**
 * Independent support within the article: two reported claims whose contents share most of their
 * content words (nouns, names, verbs, numbers; Jaccard at least {@value #OVERLAP}) and rest on two
 * different sources, neither relaying the other, corroborate each other. Conservative on purpose:
 * a shared source, a relay or a loose paraphrase never counts.
 */
public final class CorroborationDetector {

    static final double OVERLAP = 0.7;
    static final int MIN_WORDS = 4;
    /** Claims further apart than this many claims are not compared: keeps a long article linear. */
    static final int WINDOW = 200;

    /** Signals per claim index; {@code sources} is aligned with {@code claims} (null where none). */
    public Map<Integer, List<Signal>> detect(String text, List<ClaimDraft> claims, List<Source> sources) {
        List<Set<String>> words = claims.stream().map(CorroborationDetector::contentWords).toList();
        // each source's name words once, not once per pair of claims
        Map<Source, Set<String>> names = new IdentityHashMap<>();
        Map<Integer, List<Signal>> out = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            if (words.get(i).isEmpty()) {
                continue;
            }
            for (int j = i + 1; j < Math.min(claims.size(), i + WINDOW); j++) {
                // the cheap content test first: most pairs share few words
                if (jaccard(words.get(i), words.get(j)) < OVERLAP || !independent(claims, sources, names, i, j)) {
                    continue;
                }
                out.computeIfAbsent(i, k -> new ArrayList<>()).add(new Signal(SignalType.CORROBORATED, claims.get(j).content(),
                        "also reported by " + sources.get(j).name()));
                out.computeIfAbsent(j, k -> new ArrayList<>()).add(new Signal(SignalType.CORROBORATED, claims.get(i).content(),
                        "also reported by " + sources.get(i).name()));
            }
        }
        return out;
    }

    private static boolean independent(List<ClaimDraft> claims, List<Source> sources, Map<Source, Set<String>> names,
                                       int i, int j) {
        if (claims.get(i).kind() != ClaimKind.REPORTED || claims.get(j).kind() != ClaimKind.REPORTED
                || sources.get(i) == null || sources.get(j) == null || sources.get(i) == sources.get(j)) {
            return false;
        }
        Set<String> other = names.computeIfAbsent(sources.get(j), CorroborationDetector::words);
        return names.computeIfAbsent(sources.get(i), CorroborationDetector::words).stream().noneMatch(other::contains);
    }

    /** Sources naming each other ("a report in X" and "X") are not independent. */
    private static Set<String> words(Source s) {
        Set<String> out = new HashSet<>();
        for (String w : s.name().split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3 && Character.isUpperCase(w.codePointAt(0))) {
                out.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    static Set<String> contentWords(ClaimDraft c) {
        Set<String> out = new HashSet<>();
        for (Token t : c.sentence().tokens()) {
            String pos = t.pos();
            if (c.content().contains(t.span()) && (pos.startsWith("NOUN") || pos.startsWith("PROPN") || pos.equals("VERB") || pos.equals("NUM"))) {
                String w = t.lower().replace('’', '\'');
                out.add(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
            }
        }
        return out.size() >= MIN_WORDS ? out : Set.of();
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int inter = 0;
        for (String w : small) {
            if (large.contains(w)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }
}
