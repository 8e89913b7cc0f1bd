package news.credibility.audit;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import news.credibility.score.RuleSetVersion;
import news.credibility.text.Utf8;

/**
 * The rule files every version that scored anything was built from, so that a record can be
 * replayed under its own rules months later. Each version is archived once, its files' contents
 * stored once by SHA-256 however many versions share them. The files are read from the rules
 * folder and archived only when they hash to the version being archived (the same hash as
 * {@link RuleSetVersion}): a folder edited since its rules were loaded is not passed off as them.
 */
@Service
public class RuleSetArchive {

    private static final Logger log = LoggerFactory.getLogger(RuleSetArchive.class);
    static final String LEXICONS = "lexicons";

    private final EntityManager entities;
    private final TransactionTemplate transactions;
    private final Set<String> archived = ConcurrentHashMap.newKeySet();

    RuleSetArchive(EntityManager entities, TransactionTemplate transactions) {
        this.entities = entities;
        this.transactions = transactions;
    }

    /**
     * Makes sure the files of {@code version} are archived, reading them from {@code folder} if
     * they are not yet. Returns false, with a warning, when the folder no longer holds that version.
     */
    public boolean archive(String version, Path folder) {
        if (archived.contains(version)) {
            return true;
        }
        synchronized (this) {
            if (archived.contains(version) || isArchived(version)) {
                archived.add(version);
                return true;
            }
            Map<String, String> files;
            try {
                files = read(folder, version);
            } catch (IOException e) {
                log.warn("Rule set {} cannot be archived: {}. Its records can be replayed only under the current rules.", version, e.getMessage());
                return false;
            }
            try {
                transactions.executeWithoutResult(status -> store(version, files));
            } catch (DataIntegrityViolationException e) {
                // another process archived it first: the same files under the same version
                if (!isArchived(version)) {
                    throw e;
                }
            }
            archived.add(version);
            return true;
        }
    }

    /** The archived files of {@code version} by path, or empty when it was never archived. */
    public Optional<Map<String, String>> files(String version) {
        return transactions.execute(status -> {
            if (entities.find(RuleSetEntry.class, version) == null) {
                return Optional.<Map<String, String>>empty();
            }
            Map<String, String> files = new TreeMap<>();
            for (RuleSetFile file : entities.createQuery("select f from RuleSetFile f where f.id.version = :v", RuleSetFile.class)
                    .setParameter("v", version).getResultList()) {
                files.put(file.path(), entities.find(RuleBlob.class, file.sha256()).content());
            }
            return Optional.of(files);
        });
    }

    private boolean isArchived(String version) {
        return Boolean.TRUE.equals(transactions.execute(status -> entities.find(RuleSetEntry.class, version) != null));
    }

    private void store(String version, Map<String, String> files) {
        // the version first, then the contents, then the files that refer to both (inserts keep this order)
        entities.persist(new RuleSetEntry(version, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        for (String content : files.values()) {
            String sha = CanonicalJson.sha256(content);
            if (entities.find(RuleBlob.class, sha) == null) {
                entities.persist(new RuleBlob(sha, content));
            }
        }
        entities.flush();
        for (Map.Entry<String, String> file : files.entrySet()) {
            entities.persist(new RuleSetFile(version, file.getKey(), CanonicalJson.sha256(file.getValue())));
        }
    }

    /** The files a rule set is built from (every .drl at any depth, lexicons/*.txt), checked against {@code version}. */
    static Map<String, String> read(Path folder, String version) throws IOException {
        Map<String, byte[]> bytes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p) && isRuleFile(folder, p)).toList()) {
                bytes.put(relative(folder, file), Files.readAllBytes(file));
            }
        }
        String found = RuleSetVersion.of(bytes);
        if (!found.equals(version)) {
            throw new IOException("the rules folder %s now holds version %s (it was edited since version %s was loaded)"
                    .formatted(folder, found, version));
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : bytes.entrySet()) {
            try {
                files.put(file.getKey(), Utf8.decode(file.getValue()));
            } catch (CharacterCodingException e) {
                throw new IOException(file.getKey() + " is not UTF-8 text", e);
            }
        }
        return files;
    }

    /** Writes archived files into {@code folder}, as a rules folder to compile. */
    public static void materialise(Map<String, String> files, Path folder) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            if (!target.startsWith(folder)) {
                throw new IOException("archived path leaves the rules folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean isRuleFile(Path folder, Path file) {
        String rel = relative(folder, file);
        return rel.endsWith(".drl") || (rel.startsWith(LEXICONS + "/") && rel.indexOf('/', LEXICONS.length() + 1) < 0 && rel.endsWith(".txt"));
    }

    private static String relative(Path folder, Path file) {
        return folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
