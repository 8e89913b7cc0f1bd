package news.credibility.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import news.credibility.audit.CanonicalJson;
import news.credibility.audit.RecordKind;
import news.credibility.audit.RuleSetArchive;
import news.credibility.audit.StoredAssessment;
import news.credibility.engine.CredibilityEngine;
import news.credibility.score.RuleSetException;
import news.credibility.score.ScoringResult;
import news.credibility.text.Article;

/**
 * Scores a stored assessment again, from its stored input, under the rule set version it was
 * made with (compiled from the archived files: must give back the stored result byte for byte)
 * or under the live rules (to see what a rule change did to it, rule by rule).
 */
@Component
class Replayer {

    /** Compiled old versions kept: each holds a Drools knowledge base and the lexicons. */
    static final int CACHED_VERSIONS = 4;

    private final CredibilityEngine live;
    private final RuleSetArchive archive;
    private final JsonMapper json = JsonMapper.shared();
    private final Map<String, CredibilityEngine> compiled = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CredibilityEngine> eldest) {
            return size() > CACHED_VERSIONS;
        }
    };

    Replayer(CredibilityEngine live, RuleSetArchive archive) {
        this.live = live;
        this.archive = archive;
    }

    ReplayView replay(StoredAssessment stored, boolean underRecordedRules) {
        String version = stored.record().ruleSetVersion();
        CredibilityEngine engine = underRecordedRules ? engineOf(version) : live;
        String replayed = CanonicalJson.write(rescore(stored, engine));
        String recorded = stored.document().resultJson();
        return ReplayView.of(stored.record().seq(), version, underRecordedRules ? "recorded" : "current",
                json.readTree(recorded), json.readTree(replayed), recorded.equals(replayed));
    }

    /** The stored input scored again by {@code engine}, as the API answered it. */
    private Object rescore(StoredAssessment stored, CredibilityEngine engine) {
        String input = stored.document().inputJson();
        if (stored.record().kind() == RecordKind.ARTICLE) {
            return Views.assessment(engine.assess(json.readValue(input, Article.class)), null);
        }
        ClaimScoringRequest request = json.readValue(input, ClaimScoringRequest.class);
        ScoringResult result = engine.scoreClaims(request.text(), ClaimFactsMapper.claims(request));
        return Views.scoring(result, request.text());
    }

    /** The engine of an archived version: the live one if it is that version, else compiled from the archive (cached). */
    private synchronized CredibilityEngine engineOf(String version) {
        if (live.rules().current().version().equals(version)) {
            return live;
        }
        CredibilityEngine engine = compiled.get(version);
        if (engine == null) {
            engine = compile(version);
            compiled.put(version, engine);
        }
        return engine;
    }

    private CredibilityEngine compile(String version) {
        Map<String, String> files = archive.files(version).orElseThrow(() -> new ReplayUnavailableException(
                "The rule files of version %s were not archived, so it cannot be replayed under them; replay it under the current rules (rules=current)."
                        .formatted(version)));
        Path folder = null;
        try {
            folder = Files.createTempDirectory("rules-" + version + "-");
            RuleSetArchive.materialise(files, folder);
            CredibilityEngine engine = CredibilityEngine.load(folder);
            if (!engine.rules().current().version().equals(version)) {
                throw new ReplayUnavailableException("The archived files of version %s compile to version %s: the archive does not match."
                        .formatted(version, engine.rules().current().version()));
            }
            return engine;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the archived rules of " + version + " to a temporary folder", e);
        } catch (RuleSetException e) {
            throw new ReplayUnavailableException("The archived rules of version %s no longer compile: %s".formatted(version, e.getMessage()));
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind costs nothing but disk
        }
    }
}
