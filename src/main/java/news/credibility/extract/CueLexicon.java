package news.credibility.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import news.credibility.lexicon.Lexicon;
import news.credibility.lexicon.Lexicons;

/**
 * The cue word lists as lookup tables: built once per {@link Lexicons} instance (a reload brings a
 * new instance and so new tables), then read without locking.
 */
final class CueLexicon {

    /** How a reporting verb takes its content. */
    enum Frame {
        /** "said (that) ...". */
        PLAIN,
        /** An indirect object may come first: "told reporters that ...". */
        OBJECT,
        /** The object is part of the content: "accused Tehran of supplying ...". */
        ACCUSE,
        /** Only a cue when "that" follows: "the poll shows that ...". */
        NEEDS_THAT,
        /** Only a cue when a colon follows: "he continued: ...". */
        NEEDS_COLON,
        /** Only a cue when "to" follows: "declined to comment". */
        NEEDS_TO
    }

    record Verb(String lemma, Frame frame) {
    }

    private static final Map<Lexicons, CueLexicon> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, Verb> verbs = new HashMap<>();
    private final Map<String, String> evidential = new HashMap<>();
    private final Map<String, String> nouns = new HashMap<>();
    private final Set<String> relay = new HashSet<>();
    private final Set<String> sourceNouns = new HashSet<>();

    private CueLexicon(Lexicons lexicons) {
        Lexicon v = lexicons.get("cue-verbs");
        for (String form : v.words()) {
            String lemma = v.attribute(form, "lemma");
            String frame = v.attribute(form, "frame");
            verbs.put(form, new Verb(lemma == null ? form : lemma,
                    frame == null ? Frame.PLAIN : Frame.valueOf(frame.toUpperCase(java.util.Locale.ROOT).replace('-', '_'))));
        }
        Lexicon e = lexicons.get("cue-evidential");
        e.words().forEach(w -> evidential.put(w, lemmaOr(e, w)));
        Lexicon n = lexicons.get("cue-nouns");
        n.words().forEach(w -> nouns.put(w, lemmaOr(n, w)));
        relay.addAll(lexicons.get("cue-relay-verbs").words());
        sourceNouns.addAll(lexicons.get("cue-source-nouns").words());
    }

    private static String lemmaOr(Lexicon l, String w) {
        String lemma = l.attribute(w, "lemma");
        return lemma == null ? w : lemma;
    }

    static CueLexicon of(Lexicons lexicons) {
        return CACHE.computeIfAbsent(lexicons, CueLexicon::new);
    }

    /** The reporting verb of this lower-case form, or null. */
    Verb verb(String lower) {
        return verbs.get(lower);
    }

    /** The lemma of an evidential participle ("said" in "is said to"), or null. */
    String evidential(String lower) {
        return evidential.get(lower);
    }

    /** The lemma of a reporting noun, or null. */
    String noun(String lower) {
        return nouns.get(lower);
    }

    /** A noun that, heading a subject, makes its verb a cue: "the source", "the report". */
    boolean isSourceNoun(String lower) {
        return sourceNouns.contains(lower);
    }

    boolean isRelayVerb(String lower) {
        return relay.contains(lower);
    }
}
