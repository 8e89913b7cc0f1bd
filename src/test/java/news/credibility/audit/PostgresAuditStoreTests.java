package news.credibility.audit;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store on PostgreSQL (the same migrations); skipped, saying why, where no server runs. */
class PostgresAuditStoreTests extends AuditStoreContract {

    @BeforeAll
    static void needsServer() {
        PostgresTestServer.assumeAvailable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestServer.register(registry);
    }
}
