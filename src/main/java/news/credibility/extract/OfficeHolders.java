package news.credibility.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import news.credibility.lexicon.Lexicon;

/**
 * The gazetteer of well-known political office holders and candidates ({@code office-holders.txt},
 * general knowledge): a full name gives its role wherever the article names no office, and so does
 * a bare surname ("Trump said") unless the surname is too common to stand alone ({@code bare=no}),
 * or is also a given name; a given name the press uses alone for one person ({@code alias=hillary}) counts as a bare surname.
 * Names are compared by their first and last words, accents and possessives dropped, so that
 * "Donald J. Trump" and "Hillary Rodham Clinton" match "donald trump" and "hillary clinton".
 */
final class OfficeHolders {

    private final Map<String, String> roleByFirstAndLast = new HashMap<>();
    private final Map<String, String> roleBySurname = new HashMap<>();
    private final Set<String> surnames = new HashSet<>();
    private final Map<String, String> aliases = new HashMap<>();

    OfficeHolders(Lexicon gazetteer, Lexicon givenNames) {
        Set<String> ambiguous = new HashSet<>();
        for (String entry : gazetteer.words()) {
            String role = gazetteer.attribute(entry, "role");
            role = role == null ? "office holder" : role;
            List<String> w = words(entry);
            if (w.size() < 2) {
                continue;
            }
            roleByFirstAndLast.put(key(w), role);
            String last = w.get(w.size() - 1);
            surnames.add(last);
            if ("no".equals(gazetteer.attribute(entry, "bare")) || givenNames.contains(last)) {
                ambiguous.add(last);
            } else {
                roleBySurname.merge(last, role, (a, b) -> a.equals(b) ? a : a + "|" + b);
            }
            String alias = gazetteer.attribute(entry, "alias");
            if (alias != null) {
                aliases.put(normalise(alias), role); // "Hillary", "Bernie", "Jeb": a given name the press uses alone
            }
        }
        ambiguous.forEach(roleBySurname::remove);
        aliases.forEach(roleBySurname::putIfAbsent);
        surnames.addAll(aliases.keySet());
    }

    /** The role of a full name of the list ("Donald J. Trump"), or null. */
    String roleOfFullName(String name) {
        List<String> w = words(name);
        return w.size() < 2 ? null : label(roleByFirstAndLast.get(key(w)));
    }

    /** The role of a bare surname that stands for one listed person ("Trump", "Kasich"), or null. */
    String roleOfSurname(String surname) {
        return label(roleBySurname.get(normalise(surname)));
    }

    /** Whether some listed person has this surname. */
    boolean isListedSurname(String surname) {
        return surnames.contains(normalise(surname));
    }

    private static String label(String role) {
        return role == null ? null : role + " (gazetteer)";
    }

    private static String key(List<String> w) {
        return w.get(0) + " " + w.get(w.size() - 1);
    }

    private static List<String> words(String name) {
        return List.of(normalise(name).split(" ")).stream().filter(s -> !s.isEmpty()).toList();
    }

    static String normalise(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00A0', ' ').replaceAll("'s\\b", "")
                .replaceAll("\\s+", " ").trim();
    }
}
