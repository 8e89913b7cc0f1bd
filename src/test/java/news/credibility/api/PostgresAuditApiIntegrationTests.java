package news.credibility.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.credibility.audit.PostgresTestServer;

/**
 * The audit workflow of {@link AuditApiIntegrationTests} with the service on PostgreSQL (the
 * postgres profile's database, the same migrations), from an empty record; skipped, saying why,
 * where no server runs.
 */
class PostgresAuditApiIntegrationTests extends AuditApiIntegrationTests {

    @BeforeAll
    static void emptyPostgresRecord() throws Exception {
        PostgresTestServer.assumeAvailable();
        try (Connection db = DriverManager.getConnection(PostgresTestServer.url(), PostgresTestServer.user(), PostgresTestServer.password());
             Statement sql = db.createStatement()) {
            if (db.getMetaData().getTables(null, null, "audit_chain_head", null).next()) {
                for (String table : new String[] {"assessment_claim", "assessment_document", "assessment_record", "rule_set_file", "rule_blob", "rule_set"}) {
                    sql.executeUpdate("delete from " + table);
                }
                sql.executeUpdate("update audit_chain_head set last_seq = 0, last_hash = '" + "0".repeat(64) + "'");
            }
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestServer.register(registry);
    }
}
