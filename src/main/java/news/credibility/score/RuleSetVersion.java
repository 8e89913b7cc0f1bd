package news.credibility.score;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version of a rules folder: the first 12 hex digits of a SHA-256 over every rule and lexicon
 * file's relative path and content, in path order. Same files, same version, on any machine.
 */
public final class RuleSetVersion {

    private RuleSetVersion() {
    }

    /** {@code files}: relative path (with '/') to content. */
    public static String of(Map<String, byte[]> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        for (var file : new TreeMap<>(files).entrySet()) {
            sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Integer.toString(file.getValue().length).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(file.getValue());
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }
}
