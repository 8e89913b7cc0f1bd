package news.credibility.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default the README's first command runs on: the shipped H2 URL must be one H2
 * accepts. The tests themselves run with an absolute data folder, so without this check a default
 * H2 refuses ("implicitly relative" paths) would only show when someone runs the demo.
 */
class EmbeddedDefaultsTests {

    private static Properties shipped() throws IOException {
        Properties p = new Properties();
        try (InputStream in = EmbeddedDefaultsTests.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p;
    }

    @Test
    void theDefaultDataFolderIsOneH2AcceptsRelativeToTheWorkingDirectory() throws IOException {
        String folder = shipped().getProperty("credibility.data-folder");
        assertThat(folder).as("H2 refuses a relative path that does not start with ./").startsWith("./");
    }

    @Test
    void theShippedUrlOpensWithTheFolderResolved(@TempDir Path dir) throws IOException, SQLException {
        String url = shipped().getProperty("spring.datasource.url");
        assertThat(url).contains("${credibility.data-folder}").contains("WRITE_DELAY=0");
        String resolved = url.replace("${credibility.data-folder}", dir.toAbsolutePath().toString().replace('\\', '/'));
        try (Connection c = DriverManager.getConnection(resolved, "sa", "")) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThat(Files.exists(dir.resolve("audit.mv.db"))).isTrue();
    }
}
