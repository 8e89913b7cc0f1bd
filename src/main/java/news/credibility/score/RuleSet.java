package news.credibility.score;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import news.credibility.extract.Claim;
import news.credibility.lexicon.Lexicons;
import news.credibility.signal.Signal;

/**
 * One compiled, immutable version of the rules folder: DRL rules and lexicons together. Its
 * version is a hash of every rule and lexicon file's name and content.
 */
public final class RuleSet {

    private final Path folder;
    private final String version;
    private final KieBase kieBase;
    private final Lexicons lexicons;
    private final Map<String, RuleInfo> rules;
    private final List<RuleInfo> ruleList;

    RuleSet(Path folder, String version, KieBase kieBase, Lexicons lexicons, Map<String, RuleInfo> rules) {
        this.folder = folder;
        this.version = version;
        this.kieBase = kieBase;
        this.lexicons = lexicons;
        this.rules = Map.copyOf(rules);
        this.ruleList = List.copyOf(rules.values());
    }

    /** Compiles {@code folder} (its DRL files and {@code lexicons/}); throws naming file, line and rule. */
    public static RuleSet load(Path folder) throws RuleSetException {
        return RuleSetCompiler.compile(folder);
    }

    public String version() {
        return version;
    }

    public Path folder() {
        return folder;
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    /** Every rule with its metadata, in file then definition order. */
    public List<RuleInfo> rules() {
        return ruleList;
    }

    /** The rule called {@code name}, or null. */
    public RuleInfo rule(String name) {
        return rules.get(name);
    }

    /**
     * Scores claims. {@code text} is the article's original text the claims' spans point into, or
     * null for claims supplied as facts without text. Thread-safe: one session per call.
     */
    public ScoringResult score(String text, List<Claim> claims) {
        Objects.requireNonNull(claims, "claims to score (may be empty, not null)");
        Set<String> ids = new HashSet<>();
        for (Claim c : claims) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("claim id '" + c.id() + "' appears twice; give every claim its own id");
            }
        }
        TraceListener trace = new TraceListener(rules);
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(trace);
            for (Claim claim : claims) {
                session.insert(ClaimFact.of(claim, text));
                for (Signal signal : claim.signals()) {
                    session.insert(SignalFact.of(claim.id(), signal, text));
                }
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        List<ScoredClaim> scored = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            scored.add(ScoredClaims.of(this, claim, trace.firings(claim.id()), trace.contributions(claim.id())));
        }
        return new ScoringResult(version, scored);
    }
}
