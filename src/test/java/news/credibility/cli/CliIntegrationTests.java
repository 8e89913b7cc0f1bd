package news.credibility.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.extract.BratWriter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line with the real engine and rules on the seeds folder. */
class CliIntegrationTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                EngineFactory.standard(), BratWriter::write).run(args);
    }

    @Test
    void scoresTheSeedsIntoJsonWithMetadataAndTracesThatAddUp() {
        assertThat(run("score", "--format", "json", "seeds")).isEqualTo(Cli.OK);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
        JsonNode articles = JsonMapper.shared().readTree(stdout.toString(StandardCharsets.UTF_8)).get("articles");
        assertThat(articles.size()).isEqualTo(2);
        assertThat(articles.at("/0/article/id").asString()).isEqualTo("000_da6047f014b8b818");
        assertThat(articles.at("/0/article/metadata/originalOutlet").asString()).isEqualTo("MintPress News");
        for (JsonNode article : articles) {
            assertThat(article.get("claims").size()).isGreaterThan(5);
            for (JsonNode claim : article.get("claims")) {
                int points = 0;
                for (JsonNode firing : claim.at("/trace/fired")) {
                    points += firing.get("points").asInt();
                }
                assertThat(points).isEqualTo(claim.get("score").asInt());
            }
        }
    }

    @Test
    void writesOneBratFilePerSeedWithSourcesCuesContentsAttributionsAndSourceTypes() throws IOException {
        Path out = dir.resolve("ann");
        assertThat(run("score", "--format", "brat", "--out", out.toString(), "seeds")).isEqualTo(Cli.OK);
        for (String seed : List.of("000_da6047f014b8b818", "002_c0ca0cacc21a58d2")) {
            String text = Files.readString(Path.of("seeds", seed + ".txt"));
            List<String> lines = Files.readAllLines(out.resolve(seed + ".ann"));
            assertThat(lines).anyMatch(l -> l.matches("T\\d+\\tSource \\d+ \\d+.*"))
                    .anyMatch(l -> l.matches("T\\d+\\tCue \\d+ \\d+.*"))
                    .anyMatch(l -> l.matches("T\\d+\\tContent \\d+ \\d+.*"))
                    .anyMatch(l -> l.matches("E\\d+\\tAttribution:T\\d+ Cue:T\\d+ .*"))
                    .anyMatch(l -> l.matches("A\\d+\\tSourceType T\\d+ (NAMED_OFFICIAL|NAMED_PERSON|INSTITUTION|OUTLET|DOCUMENT|ANONYMOUS|UNATTRIBUTED)"));
            Pattern single = Pattern.compile("T\\d+\\t\\w+ (\\d+) (\\d+)\\t(.*)");
            for (String line : lines) {
                Matcher m = single.matcher(line);
                if (m.matches()) {
                    assertThat(text.substring(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                            .as("T-line offsets point into the original text").isEqualTo(m.group(3));
                }
            }
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "000_da6047f014b8b818.ann", "002_c0ca0cacc21a58d2.ann");
        }
    }
}
