package news.credibility.signal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import news.credibility.extract.ClaimDraft;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.Source;
import news.credibility.extract.SourceType;

/**
 * Links each response to the claims it answers and turns it into signals on them. A denial or
 * confirmation answers the nearest earlier claim that mentions the responding party (else the
 * nearest reported claim), and with a plural object ("these allegations") also the other reported
 * claims from that claim's paragraph on. A no-comment answers the earlier reported claims that
 * mention the party or rest on an anonymous source. A "not confirmed" qualifies its own sentence's
 * claim, or else the nearest earlier one.
 */
public final class ResponseLinker {

    private static final int WINDOW = 8;

    /** Signals per claim index (into {@code claims}). */
    public Map<Integer, List<Signal>> link(String text, List<ClaimDraft> claims, List<Source> sources, List<Response> responses) {
        Map<Integer, List<Signal>> out = new LinkedHashMap<>();
        for (Response r : responses) {
            for (int i : targets(text, claims, sources, r)) {
                out.computeIfAbsent(i, k -> new ArrayList<>()).add(new Signal(r.type(), r.evidence(), detail(text, r)));
            }
        }
        return out;
    }

    private List<Integer> targets(String text, List<ClaimDraft> claims, List<Source> sources, Response r) {
        int at = r.sentence().index();
        List<Integer> before = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimDraft c = claims.get(i);
            if (c.kind() != ClaimKind.OPINION && c.sentence().index() < at && c.sentence().index() >= at - WINDOW) {
                before.add(i);
            }
        }
        List<String> roots = roots(r.party());
        return switch (r.type()) {
            case NO_COMMENT -> before.stream().filter(i -> claims.get(i).kind() == ClaimKind.REPORTED
                    && (mentions(text, claims.get(i), roots) || sources.get(i) != null && sources.get(i).type() == SourceType.ANONYMOUS)).toList();
            case NOT_CONFIRMED -> {
                if (r.ownSentence()) {
                    List<Integer> own = new ArrayList<>();
                    for (int i = 0; i < claims.size(); i++) {
                        if (claims.get(i).sentence().index() == at) {
                            own.add(i);
                        }
                    }
                    yield own;
                }
                yield before.isEmpty() ? List.of() : List.of(before.get(before.size() - 1));
            }
            default -> answered(text, claims, before, roots, r.plural());
        };
    }

    private List<Integer> answered(String text, List<ClaimDraft> claims, List<Integer> before, List<String> roots, boolean plural) {
        Integer chosen = null;
        for (int i : before) {
            if (mentions(text, claims.get(i), roots)) {
                chosen = i;
            }
        }
        if (chosen == null) {
            for (int i : before) {
                if (claims.get(i).kind() == ClaimKind.REPORTED) {
                    chosen = i;
                }
            }
        }
        if (chosen == null) {
            return before.isEmpty() ? List.of() : List.of(before.get(before.size() - 1));
        }
        if (!plural) {
            return List.of(chosen);
        }
        int paragraph = claims.get(chosen).sentence().paragraph();
        List<Integer> out = new ArrayList<>();
        for (int i : before) {
            if (i == chosen || claims.get(i).kind() == ClaimKind.REPORTED && claims.get(i).sentence().paragraph() >= paragraph) {
                out.add(i);
            }
        }
        return out;
    }

    /** The stems of a party's capitalised words: "The Israeli embassy" -> "israel"; "al-Badri" -> "badri". */
    static List<String> roots(String party) {
        List<String> out = new ArrayList<>();
        if (party == null) {
            return out;
        }
        for (String w : party.split("[\\s\\-–—]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && w.length() > 2 && !w.equals("The")) {
                String s = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("(ians|ian|is|i|ese|ans|an)$", "");
                out.add(s.length() >= 3 ? s : w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean mentions(String text, ClaimDraft c, List<String> roots) {
        String claim = c.sentence().text(text).toLowerCase(Locale.ROOT);
        return roots.stream().anyMatch(claim::contains);
    }

    private static String detail(String text, Response r) {
        String what = switch (r.type()) {
            case DENIED -> "denied";
            case CONFIRMED -> "confirmed";
            case NO_COMMENT -> "no comment";
            default -> "not confirmed";
        };
        return what + (r.party() != null ? " by " + r.party() : "") + ": '" + r.evidence().text(text) + "'";
    }
}
