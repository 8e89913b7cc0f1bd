package news.credibility.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit verify} on the command line, against the embedded database of a data folder. */
class AuditCommandTests {

    @TempDir
    Path data;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        return AuditCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyStoreIsIntactAndATamperedOneIsNamed() throws Exception {
        assertThat(run("audit", "verify", "--credibility.data-folder=" + data)).isEqualTo(AuditCommand.INTACT);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("intact: 0 records verified");

        // a record slipped in behind the store's back: its hash is not the hash of its content
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data + "/audit", "sa", "");
             Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into assessment_record (seq, kind, created_at, requested_by, rule_set_version, claim_count, previous_hash, content_hash)"
                    + " values (1, 'ARTICLE', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'mallory', 'abc', 0, '" + ContentHash.GENESIS + "', '" + "a".repeat(64) + "')");
            sql.executeUpdate("insert into assessment_document (record_seq, input_json, result_json) values (1, '{}', '{}')");
            sql.executeUpdate("update audit_chain_head set last_seq = 1, last_hash = '" + "a".repeat(64) + "'");
        }
        assertThat(run("audit", "verify", "--credibility.data-folder=" + data)).isEqualTo(AuditCommand.BROKEN);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Record 1 does not match: its content does not match its hash");
    }

    @Test
    void mistakesInTheCommandLineAreExplained() {
        assertThat(run("audit")).isEqualTo(AuditCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("audit needs a subcommand", "audit verify");
        assertThat(run("audit", "verfiy")).isEqualTo(AuditCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown audit subcommand 'verfiy'");
        assertThat(run("audit", "verify", "data")).isEqualTo(AuditCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--name=value");
    }

    @Test
    void aStoreThatCannotBeReachedIsReportedWithoutAStackTrace() {
        int code = run("audit", "verify", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                "--spring.datasource.hikari.connection-timeout=2000", "--spring.datasource.hikari.initialization-fail-timeout=1");
        assertThat(code).isEqualTo(AuditCommand.BROKEN);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The audit store could not be read").doesNotContain("\tat ");
    }
}
