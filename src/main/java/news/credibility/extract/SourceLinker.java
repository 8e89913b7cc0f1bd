package news.credibility.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the mentions of the same source within an article into one {@link Source}: a pronoun to
 * the nearest compatible earlier source, a definite description to the nearest earlier mention
 * with the same head noun ("the spokesman" after "A spokesman for the State Department"), a
 * definite anonymous description with no such antecedent to the nearest earlier anonymous source
 * ("the anonymous source" taking up the source an unnamed journalist relays), a surname to the
 * full name, and a repeated name to itself. A group takes the type of the mention introducing it.
 */
public final class SourceLinker {

    /** The linked sources and, for every mention, the source it belongs to. */
    public record Linked(List<Source> sources, Map<SourceMention, Source> byMention) {
    }

    private static final class Group {
        final List<SourceMention> mentions = new ArrayList<>();

        SourceMention first() {
            return mentions.stream().filter(m -> !m.phrase().isPronoun()).findFirst().orElse(mentions.get(0));
        }

        SourceType type() {
            return first().typing().type();
        }
    }

    public Linked link(List<SourceMention> inTextOrder) {
        List<Group> groups = new ArrayList<>();
        Map<SourceMention, Group> of = new IdentityHashMap<>();
        for (SourceMention m : inTextOrder) {
            Group g = antecedent(m, groups, of);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.mentions.add(m);
            of.put(m, g);
        }
        List<Source> sources = new ArrayList<>();
        Map<Group, Source> built = new IdentityHashMap<>();
        for (Group g : groups) {
            Source s = new Source("s" + (sources.size() + 1), g.type(), g.first().typing().name(),
                    g.mentions.stream().map(SourceMention::span).distinct().sorted().toList());
            sources.add(s);
            built.put(g, s);
        }
        Map<SourceMention, Source> byMention = new IdentityHashMap<>();
        of.forEach((m, g) -> byMention.put(m, built.get(g)));
        return new Linked(sources, byMention);
    }

    private Group antecedent(SourceMention m, List<Group> groups, Map<SourceMention, Group> of) {
        NounPhrase np = m.phrase();
        if (np.isPronoun()) {
            return nearest(groups, g -> compatible(np, g));
        }
        if (np.isDefinite() && np.nameRuns().isEmpty()) {
            Group same = nearest(groups, g -> g.mentions.stream().anyMatch(o -> sameHead(o.phrase(), np)));
            if (same != null) {
                return same;
            }
            if (m.typing().type() == SourceType.ANONYMOUS && !np.isPlural()) {
                return nearest(groups, g -> g.type() == SourceType.ANONYMOUS);
            }
            return null;
        }
        String key = normalised(np);
        Group same = nearest(groups, g -> g.mentions.stream().anyMatch(o -> normalised(o.phrase()).equals(key)));
        if (same != null) {
            return same;
        }
        if (np.isSingleName()) {
            String surname = np.headLower();
            return nearest(groups, g -> g.mentions.stream().anyMatch(o -> o.phrase().nameRuns().stream()
                    .anyMatch(run -> run.size() > 1 && NameIndex.surname(run).equals(surname))));
        }
        return null;
    }

    private static boolean compatible(NounPhrase pronoun, Group g) {
        String p = pronoun.tokens().get(0).lower();
        SourceType t = g.type();
        return switch (p) {
            case "he", "him", "she" -> t == SourceType.NAMED_OFFICIAL || t == SourceType.NAMED_PERSON
                    || t == SourceType.ANONYMOUS && !g.first().phrase().isPlural();
            case "it" -> t == SourceType.INSTITUTION || t == SourceType.OUTLET || t == SourceType.DOCUMENT;
            default -> g.first().phrase().isPlural() || t == SourceType.INSTITUTION;
        };
    }

    private static boolean sameHead(NounPhrase earlier, NounPhrase later) {
        return !later.headLower().isEmpty() && singular(earlier.headLower()).equals(singular(later.headLower()));
    }

    private static String singular(String w) {
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    private static String normalised(NounPhrase np) {
        String s = PhraseMatcher.normalise(np.text());
        return np.determiner() != null ? s.substring(Math.min(s.length(), np.determiner().length())).trim() : s;
    }

    /** Of the groups passing {@code test}, the one mentioned last. */
    private static Group nearest(List<Group> groups, java.util.function.Predicate<Group> test) {
        Group best = null;
        for (Group g : groups) {
            if (test.test(g) && (best == null || last(g) > last(best))) {
                best = g;
            }
        }
        return best;
    }

    private static int last(Group g) {
        return g.mentions.get(g.mentions.size() - 1).span().start();
    }
}
