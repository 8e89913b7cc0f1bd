package news.credibility.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** One spelling per value: what the content hash relies on. */
class CanonicalJsonTests {

    record Inner(String zeta, int alpha) {
    }

    record Outer(String name, Inner inner, Map<String, Object> extra, List<Inner> list, String none) {
    }

    @Test
    void recordPropertiesAndMapKeysAreSortedAtEveryLevelWithoutSpaces() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("b", 1);
        extra.put("a", Map.of("y", 2));
        String json = CanonicalJson.write(new Outer("n", new Inner("z", 1), extra, List.of(new Inner("q", 2)), null));

        assertThat(json).isEqualTo("{\"extra\":{\"a\":{\"y\":2},\"b\":1},\"inner\":{\"alpha\":1,\"zeta\":\"z\"},"
                + "\"list\":[{\"alpha\":2,\"zeta\":\"q\"}],\"name\":\"n\",\"none\":null}");
    }

    @Test
    void theSameValueAlwaysHashesTheSame() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("a", 1);
        one.put("b", "é");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("b", "é");
        other.put("a", 1);
        assertThat(CanonicalJson.sha256(CanonicalJson.write(one))).isEqualTo(CanonicalJson.sha256(CanonicalJson.write(other)))
                .matches("[0-9a-f]{64}");
    }
}
