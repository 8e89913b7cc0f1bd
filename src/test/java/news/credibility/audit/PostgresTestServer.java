package news.credibility.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server of the tests: {@code .ci/postgres} installs one from Debian and starts it on
 * loopback with this database and user; CREDIBILITY_TEST_PG_URL, _USER, _PASSWORD point elsewhere.
 */
public final class PostgresTestServer {

    static final String URL = env("CREDIBILITY_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/credibility_test");
    static final String USER = env("CREDIBILITY_TEST_PG_USER", "credibility");
    static final String PASSWORD = env("CREDIBILITY_TEST_PG_PASSWORD", "credibility");

    private static Boolean available;

    private PostgresTestServer() {
    }

    public static synchronized void assumeAvailable() {
        if (available == null) {
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
                available = c.isValid(3);
            } catch (SQLException e) {
                available = false;
                System.err.println("PostgreSQL tests skipped: " + e.getMessage());
            }
        }
        Assumptions.assumeTrue(available, () -> "No PostgreSQL server at " + URL + " (user " + USER
                + "): run .ci/postgres (installs PostgreSQL from Debian and starts it), or set CREDIBILITY_TEST_PG_URL");
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
