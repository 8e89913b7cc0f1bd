package news.credibility.extract;

import static news.credibility.extract.Tokens.isQuote;
import static news.credibility.extract.Tokens.isThat;

import java.util.List;
import java.util.Set;

import news.credibility.text.Span;
import news.credibility.text.Token;

/**
 * A reporting verb in the passive: "he was asked about the loan", "the pick was announced on
 * Tuesday", "the tax was criticized by economists". The agent after "by", where there is one, is
 * the source; the content is what follows where a question or clause follows ("was asked whether
 * ..."), else the subject, which is what was announced or reported.
 */
final class PassiveCues {

    /** Words after the participle that open its content. */
    private static final Set<String> OPENERS = Set.of("about", "whether", "if", "what", "how", "why", "who", "when",
            "where", "that", "of", "for", "as");
    /** Openers that belong with the cue, not the content: "was asked about", "was accused of". */
    private static final Set<String> PREPOSITIONS = Set.of("about", "of", "for", "as");

    /**
     * Verbs whose passive is seldom a report: "the race was called", "he was charged with assault",
     * "security is added", "was written in stone", "have been admitted", "was concluded".
     */
    private static final Set<String> NOT_REPORTS = Set.of("call", "charge", "add", "write", "admit", "conclude");

    private final SentenceReader sentence;
    private final List<Token> ts;
    private final ContentSpans content;

    PassiveCues(SentenceReader sentence) {
        this.sentence = sentence;
        this.ts = sentence.tokens();
        this.content = sentence.content();
    }

    /**
     * @param i  the participle
     * @param be the form of "be" before it
     */
    void passive(int i, CueLexicon.Verb verb, int be) {
        Token participle = ts.get(i);
        if (!participle.lower().endsWith("ed") && !participle.lower().endsWith("id") && !participle.lower().endsWith("ld")
                && !participle.lower().endsWith("en") || verb.frame() == CueLexicon.Frame.NEEDS_TO
                || verb.frame() == CueLexicon.Frame.NEEDS_COLON || NOT_REPORTS.contains(verb.lemma())) {
            return;
        }
        if (i + 1 < ts.size() && ts.get(i + 1).isPos("NOUN")) {
            return; // an adjective: "there is added security"
        }
        int next = i + 1;
        Span source = null;
        if (next + 1 < content.end && ts.get(next).lower().equals("by") && NounPhrases.startsPhrase(ts.get(next + 1))) {
            int e = NounPhrases.endAfter(ts, next + 1);
            if (e > next + 1) {
                source = content.span(next + 1, e);
                next = e;
            }
        }
        Span body = null;
        if (next < content.end) {
            Token t = ts.get(next);
            if (OPENERS.contains(t.lower()) || isQuote(t) || t.text().equals(":")) {
                int from = PREPOSITIONS.contains(t.lower()) || t.text().equals(":") ? next + 1 : next;
                body = from < content.end ? content.after(from, true) : null;
            }
        }
        if (body == null && verb.frame() != CueLexicon.Frame.OBJECT) {
            body = subject(be); // "the pick was announced": what was announced
        }
        if (body != null && !(isThat(ts.get(i - 1)) && body.end() <= ts.get(i).span().start())) {
            sentence.add(participle.span(), source, body, verb.lemma(), CueKind.VERB, false);
        }
    }

    /** The noun phrase before the auxiliaries ending at {@code be}, or null. */
    private Span subject(int be) {
        int k = Tokens.skipBack(ts, be - 1);
        if (k < 0 || !NounPhrases.nominalAt(ts, k) || Tokens.isPersonalPronoun(ts.get(k)) || Tokens.isRelative(ts.get(k))) {
            return null;
        }
        return content.span(NounPhrases.startBefore(ts, k), k + 1);
    }
}
