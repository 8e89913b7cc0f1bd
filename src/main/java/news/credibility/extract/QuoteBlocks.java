package news.credibility.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.credibility.text.Sentence;

/**
 * Quotations running over several sentences of a paragraph: "“We will win. We are strong. The
 * rest is noise,” she said." The speaker named in one sentence of the quotation (usually its first
 * or last) stands behind every sentence of it that has no attribution of its own.
 */
final class QuoteBlocks {

    /** A quotation longer than this is more likely an unbalanced quote mark than a quotation. */
    private static final int MAX_SENTENCES = 10;

    private QuoteBlocks() {
    }

    /** Replaces the unattributed drafts inside a quotation by reported ones resting on its speaker. */
    static void attribute(String text, List<ClaimDraft> drafts) {
        Map<Integer, List<Integer>> bySentence = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            bySentence.computeIfAbsent(drafts.get(i).sentence().index(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> block = new ArrayList<>();
        boolean inside = false;
        int paragraph = -1;
        for (List<Integer> here : bySentence.values()) {
            Sentence s = drafts.get(here.get(0)).sentence();
            if (s.paragraph() != paragraph) {
                inside = false;
                block.clear();
                paragraph = s.paragraph();
            }
            boolean opens = opensWithQuote(text, s);
            if (inside || opens) {
                block.add(here);
            }
            inside = insideAfter(text, s, inside);
            if (!inside && !block.isEmpty()) {
                if (block.size() > 1 && block.size() <= MAX_SENTENCES) {
                    assign(drafts, block);
                }
                block.clear();
            }
        }
    }

    private static void assign(List<ClaimDraft> drafts, List<List<Integer>> block) {
        Attribution speaker = null;
        for (int b = block.size() - 1; b >= 0 && speaker == null; b--) { // the closing sentence's speaker first
            for (int i : block.get(b)) {
                Attribution a = drafts.get(i).attribution();
                if (a != null && a.source() != null) {
                    speaker = a;
                }
            }
        }
        if (speaker == null) {
            return;
        }
        for (List<Integer> here : block) {
            for (int i : here) {
                ClaimDraft d = drafts.get(i);
                if (d.kind() != ClaimKind.REPORTED) {
                    drafts.set(i, new ClaimDraft(ClaimKind.REPORTED, d.content(), d.sentence(),
                            speaker.withContent(d.content()), List.of()));
                }
            }
        }
    }

    private static boolean opensWithQuote(String text, Sentence s) {
        String t = s.text(text).stripLeading();
        return !t.isEmpty() && (t.charAt(0) == '“' || t.charAt(0) == '"');
    }

    /** Whether a quotation is still open at the end of {@code s}. */
    private static boolean insideAfter(String text, Sentence s, boolean inside) {
        for (int i = s.span().start(); i < s.span().end(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                inside = true;
            } else if (c == '”') {
                inside = false;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }
}
