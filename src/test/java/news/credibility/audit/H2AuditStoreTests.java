package news.credibility.audit;

import org.springframework.test.context.TestPropertySource;

/** The store on the embedded default: H2 in file mode. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/test-data/h2-store-tests;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE")
class H2AuditStoreTests extends AuditStoreContract {
}
