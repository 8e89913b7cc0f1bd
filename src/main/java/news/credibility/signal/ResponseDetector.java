package news.credibility.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.credibility.extract.Attribution;
import news.credibility.extract.PhraseMatcher;
import news.credibility.extract.SourcingLexicons;
import news.credibility.text.AnalyzedText;
import news.credibility.text.Sentence;
import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * Finds responses: no-comment phrases, not-confirmed phrases, and denials or confirmations whose
 * object takes up an earlier claim ("denies these allegations", "deny the report", "confirmed
 * it"). A denial with its own content ("denied that ...") stays a claim; only the anaphoric ones,
 * which say nothing new, are responses.
 */
public final class ResponseDetector {

    /** Words by which a response takes up a claim made before it. */
    static final Set<String> CLAIM_ANAPHORS = Set.of("report", "reports", "allegation", "allegations", "accusation",
            "accusations", "claim", "claims", "charge", "charges", "story", "stories", "account", "accounts", "rumor",
            "rumors", "rumour", "rumours", "it", "them", "this", "that", "suggestion", "suggestions");
    private static final Set<String> PLURAL = Set.of("reports", "allegations", "accusations", "claims", "charges",
            "stories", "accounts", "rumors", "rumours", "them", "suggestions");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",[\\s\\u00A0]*(but|although|though|while|and|yet)[\\s\\u00A0]+|;[\\s\\u00A0]*|[\\s\\u00A0]+but[\\s\\u00A0]+");

    private final SourcingLexicons lex;

    public ResponseDetector(SourcingLexicons lex) {
        this.lex = lex;
    }

    public List<Response> detect(AnalyzedText analyzed, List<Attribution> attributions) {
        String text = analyzed.text();
        List<Response> out = new ArrayList<>();
        for (Sentence s : analyzed.bodySentences()) {
            for (PhraseMatcher.Match m : lex.noComment.find(text, s.span())) {
                out.add(new Response(SignalType.NO_COMMENT, m.span(), s, party(text, s, m.span()), true, false));
            }
            for (PhraseMatcher.Match m : lex.notConfirmed.find(text, s.span())) {
                int clause = clauseStart(text, s, m.span());
                out.add(new Response(SignalType.NOT_CONFIRMED, m.span(), s, party(text, s, m.span()), false, clause > s.span().start()));
            }
            anaphoric(text, s, lex.denials, SignalType.DENIED, out);
            anaphoric(text, s, lex.confirmations, SignalType.CONFIRMED, out);
        }
        return out;
    }

    /** A sentence opening on a demonstrative or definite claim noun: "These accusations ...", "The claims ...". */
    public static boolean opensWithClaimAnaphor(Sentence s) {
        List<Token> ts = s.tokens();
        return ts.size() > 2 && Set.of("these", "those", "the", "such", "this", "that").contains(ts.get(0).lower())
                && CLAIM_ANAPHORS.contains(ts.get(1).lower()) && ts.get(1).pos().startsWith("NOUN");
    }

    /** A sentence is a pure response, not a claim, unless its response qualifies a claim of its own. */
    public static boolean isResponseSentence(List<Response> responses, Sentence s) {
        return responses.stream().anyMatch(r -> r.sentence().index() == s.index() && !r.ownSentence());
    }

    /** An attribution whose cue is a response (its cue inside a response's words): not a claim. */
    public static boolean isResponse(List<Response> responses, Attribution a) {
        return responses.stream().anyMatch(r -> r.evidence().overlaps(a.cue()) || r.sentence().span().contains(a.cue()) && !r.ownSentence());
    }

    private void anaphoric(String text, Sentence s, PhraseMatcher verbs, SignalType type, List<Response> out) {
        List<Token> ts = s.tokens();
        for (PhraseMatcher.Match m : verbs.find(text, s.span())) {
            int i = indexAt(ts, m.span().end());
            for (int k = i; k < Math.min(ts.size(), i + 4); k++) {
                String w = ts.get(k).lower();
                if (w.equals("that") && k + 1 < ts.size() && !ts.get(k + 1).isPos("PUNCT") && !ts.get(k + 1).isPos("ADP")) {
                    break; // "denied that ...": a complement with content, a claim of its own
                }
                if (CLAIM_ANAPHORS.contains(w)) {
                    Span evidence = new Span(m.span().start(), ts.get(k).span().end());
                    out.add(new Response(type, evidence, s, party(text, s, m.span()), PLURAL.contains(w), false));
                    return;
                }
                if (ts.get(k).isPos("VERB") || ts.get(k).isPos("PUNCT")) {
                    break;
                }
            }
        }
    }

    private static int indexAt(List<Token> ts, int offset) {
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).span().start() >= offset) {
                return i;
            }
        }
        return ts.size();
    }

    /** Who responds: the capitalised name nearest before the response in its clause, else the clause's opening words. */
    static String party(String text, Sentence s, Span response) {
        int clause = clauseStart(text, s, response);
        List<Token> before = s.tokens().stream()
                .filter(t -> t.span().start() >= clause && t.span().end() <= response.start()).toList();
        String name = null;
        for (List<Token> run : news.credibility.extract.NounPhrase.namesIn(before)) {
            name = new Span(run.get(0).span().start(), run.get(run.size() - 1).span().end()).text(text);
        }
        if (name != null) {
            return name;
        }
        String opening = new Span(clause, response.start()).trim(text).text(text);
        return opening.isEmpty() ? null : opening;
    }

    private static int clauseStart(String text, Sentence s, Span response) {
        Matcher m = CLAUSE_BREAK.matcher(text).region(s.span().start(), response.start());
        int start = s.span().start();
        while (m.find()) {
            start = m.end();
        }
        return start;
    }
}
