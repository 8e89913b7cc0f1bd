package news.credibility.extract;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import news.credibility.lexicon.Lexicon;
import news.credibility.lexicon.Lexicons;

/**
 * The word lists the reading builder and the signal detectors use, compiled into matchers once per
 * {@link Lexicons} instance (a rule reload brings a new instance, hence new matchers).
 */
public final class SourcingLexicons {

    private static final Map<Lexicons, SourcingLexicons> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    public final PhraseMatcher hedges;
    public final Lexicon hedgeWords;
    public final PhraseMatcher denials;
    public final PhraseMatcher noComment;
    public final PhraseMatcher confirmations;
    public final PhraseMatcher notConfirmed;
    public final PhraseMatcher anonymityPhrases;
    public final Lexicon anonymity;
    public final PhraseMatcher roles;
    public final Lexicon roleWords;
    public final PhraseMatcher namedOutlets;
    public final Lexicon outlets;
    public final PhraseMatcher namedInstitutions;
    public final Lexicon institutions;
    public final Lexicon documents;
    public final Lexicon givenNames;
    /** Well-known office holders and candidates (general knowledge), by full name and by surname. */
    final OfficeHolders officeHolders;
    public final PhraseMatcher opinion;
    public final PhraseMatcher accusations;
    public final PhraseMatcher adversaries;
    public final Lexicon adversarialWords;

    private SourcingLexicons(Lexicons l) {
        hedgeWords = l.get("hedges");
        hedges = new PhraseMatcher(hedgeWords, a -> !"cue".equals(a.get("as")));
        denials = new PhraseMatcher(l.get("denial-verbs"));
        noComment = new PhraseMatcher(l.get("no-comment"));
        confirmations = new PhraseMatcher(l.get("confirmation"));
        notConfirmed = new PhraseMatcher(l.get("not-confirmed"));
        anonymity = l.get("anonymity");
        anonymityPhrases = new PhraseMatcher(anonymity, a -> "phrase".equals(a.get("kind")));
        roleWords = l.get("role-nouns");
        roles = new PhraseMatcher(roleWords);
        outlets = l.get("outlets");
        namedOutlets = new PhraseMatcher(outlets, a -> !"generic".equals(a.get("kind")) && !"name-end".equals(a.get("kind")));
        institutions = l.get("institutions");
        namedInstitutions = new PhraseMatcher(institutions, a -> !"head".equals(a.get("kind")));
        documents = l.get("documents");
        givenNames = l.get("first-names");
        officeHolders = new OfficeHolders(l.get("office-holders"), givenNames);
        opinion = new PhraseMatcher(l.get("opinion"));
        Lexicon adversarial = l.get("adversarial");
        adversarialWords = adversarial;
        accusations = new PhraseMatcher(adversarial, a -> "accusation".equals(a.get("kind")));
        adversaries = new PhraseMatcher(adversarial, a -> "adversary".equals(a.get("kind")));
    }

    /** The compiled lists for {@code lexicons}, built on first use. */
    public static SourcingLexicons of(Lexicons lexicons) {
        return CACHE.computeIfAbsent(lexicons, SourcingLexicons::new);
    }

    /** Whether {@code word} (lower case) is an entry of {@code lexicon} with {@code kind}. */
    public static boolean is(Lexicon lexicon, String word, String kind) {
        return lexicon.contains(word) && kind.equals(lexicon.attribute(word, "kind"));
    }

    public boolean isHedgingCue(String cueWord) {
        return cueWord != null && hedgeWords.contains(cueWord) && "cue".equals(hedgeWords.attribute(cueWord, "as"));
    }

    public boolean isOutletHead(String word) {
        return is(outlets, word, "generic");
    }

    /** A word that ends an outlet's name: "Times", "Journal", "Sun-Times" (capitalised, last in the name). */
    public boolean isOutletNameEnd(String word) {
        return is(outlets, word, "name-end");
    }

    public boolean isInstitutionHead(String word) {
        return is(institutions, word, "head");
    }

    public boolean isDocumentHead(String word) {
        return documents.contains(word);
    }

    public boolean isOfficialDocument(String word) {
        return "true".equals(documents.attribute(word, "official"));
    }

    public boolean isSpokesperson(String word) {
        return is(roleWords, word, "spokesperson");
    }
}
