package news.credibility.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

/**
 * Links the mentions of the same source within an article into one {@link Source}: a pronoun to
 * the person named before it (or else the nearest compatible source), a definite description to
 * the nearest earlier mention with the same head noun ("the spokesman" after "A spokesman for the
 * State Department"), a definite anonymous description with no such antecedent to the nearest
 * earlier anonymous source ("the anonymous source" taking up the source an unnamed journalist
 * relays), a surname to the full name, and a repeated phrase to itself. A group takes the type of
 * the mention introducing it. Keyed look-ups keep it linear in the number of mentions.
 */
public final class SourceLinker {

    /** The linked sources and, for every mention, the source it belongs to. */
    public record Linked(List<Source> sources, Map<SourceMention, Source> byMention) {
    }

    /** How many recently mentioned sources an unresolved pronoun considers. */
    private static final int RECENT = 20;

    private static final class Group {
        final List<SourceMention> mentions = new ArrayList<>();

        SourceMention first() {
            return mentions.stream().filter(m -> Antecedents.pronoun(m.phrase()) == null).findFirst().orElse(mentions.get(0));
        }

        /** The introducing mention's type; a person any of whose mentions carries an office is an official. */
        SourceType type() {
            SourceType t = first().typing().type();
            boolean office = mentions.stream().anyMatch(m -> m.typing().type() == SourceType.NAMED_OFFICIAL);
            return t == SourceType.NAMED_PERSON && office ? SourceType.NAMED_OFFICIAL : t;
        }
    }

    private final Map<String, Group> byKey = new HashMap<>();
    private final LinkedList<Group> recent = new LinkedList<>();
    private Group lastAnonymous;

    /** Links one article's mentions; a linker is used for one article only. */
    public Linked link(List<SourceMention> inTextOrder) {
        List<Group> groups = new ArrayList<>();
        Map<SourceMention, Group> of = new IdentityHashMap<>();
        for (SourceMention m : inTextOrder) {
            Group g = antecedent(m);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.mentions.add(m);
            of.put(m, g);
            remember(m, g);
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

    private Group antecedent(SourceMention m) {
        NounPhrase np = m.phrase();
        if (Antecedents.pronoun(np) != null) {
            if (!m.typing().name().equals(np.text())) { // resolved to a person named before it
                Group g = byKey.get("name:" + PhraseMatcher.normalise(m.typing().name()));
                boolean surnameOnly = !m.typing().name().trim().contains(" ");
                return g != null || !surnameOnly ? g : byKey.get("last:" + lastWord(m.typing().name())); // Ivanka Trump is not Donald Trump
            }
            int seen = 0;
            for (Group g : recent) {
                if (seen++ >= RECENT) {
                    break;
                }
                if (compatible(np, g)) {
                    return g;
                }
            }
            return null;
        }
        if (np.isDefinite() && np.nameRuns().isEmpty()) {
            Group same = byKey.get("head:" + singular(np.headLower()));
            if (same != null) {
                return same;
            }
            return m.typing().type() == SourceType.ANONYMOUS && !np.isPlural() ? lastAnonymous : null;
        }
        Group same = byKey.get("text:" + normalised(np));
        if (same == null && (m.typing().type() == SourceType.NAMED_OFFICIAL || m.typing().type() == SourceType.NAMED_PERSON)) {
            same = byKey.get("name:" + PhraseMatcher.normalise(m.typing().name())); // "Christie, who ..." after "Gov. Chris Christie"
        }
        if (same != null) {
            return same;
        }
        return np.isSingleName() ? byKey.get("surname:" + np.headLower()) : null;
    }

    private void remember(SourceMention m, Group g) {
        recent.remove(g);
        recent.addFirst(g);
        if (g.type() == SourceType.ANONYMOUS) {
            lastAnonymous = g;
        }
        NounPhrase np = m.phrase();
        if (Antecedents.pronoun(np) != null) {
            if (!m.typing().name().equals(np.text())) { // a pronoun resolved to a person: the next one finds this group
                byKey.putIfAbsent("name:" + PhraseMatcher.normalise(m.typing().name()), g);
            }
            return;
        }
        byKey.put("text:" + normalised(np), g);
        if (!np.headLower().isEmpty()) {
            byKey.put("head:" + singular(np.headLower()), g);
        }
        byKey.put("name:" + PhraseMatcher.normalise(m.typing().name()), g);
        byKey.put("last:" + lastWord(m.typing().name()), g);
        for (List<news.credibility.text.Token> run : np.nameRuns()) {
            if (run.size() > 1 && run.contains(np.head())) { // not names inside a relative clause of the phrase
                byKey.put("surname:" + NameRoles.surname(run), g);
            }
        }
    }

    private static String lastWord(String name) {
        String[] words = PhraseMatcher.normalise(name).split("[\\s,]+");
        return words.length == 0 ? "" : Tokens.withoutPossessive(words[words.length - 1]);
    }

    private static boolean compatible(NounPhrase pronoun, Group g) {
        String p = pronoun.tokens().get(0).lower();
        SourceType t = g.type();
        return switch (p) {
            case "he", "him", "his", "she", "her" -> t == SourceType.NAMED_OFFICIAL || t == SourceType.NAMED_PERSON
                    || t == SourceType.ANONYMOUS && !g.first().phrase().isPlural();
            case "it", "its", "which" -> t == SourceType.INSTITUTION || t == SourceType.OUTLET || t == SourceType.DOCUMENT;
            default -> g.first().phrase().isPlural() || t == SourceType.INSTITUTION;
        };
    }

    private static String singular(String w) {
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    private static String normalised(NounPhrase np) {
        String s = PhraseMatcher.normalise(np.text());
        return np.determiner() != null ? s.substring(Math.min(s.length(), np.determiner().length())).trim() : s;
    }
}
