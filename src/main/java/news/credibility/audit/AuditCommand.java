package news.credibility.audit;

import java.io.PrintStream;
import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code audit verify [--spring.profiles.active=postgres] [--credibility.data-folder=DIR] ...}: walks
 * the chain of the configured database and names the first record that does not match.
 *
 * <p>It starts a small Spring context without web server, engine or security (this package's
 * JPA entities and the verifier only) rather than plain JDBC: so it reads exactly the settings the
 * service reads (application.properties, profiles, environment variables, command-line options)
 * and checks with the very code of {@code GET /api/audit/verify}, at the cost of a second or two
 * of start-up. With the embedded H2 database the service must be stopped first (H2 in file mode
 * admits one process); with PostgreSQL it runs beside the service.
 */
public final class AuditCommand {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: java -jar target/credibility-engine.jar audit verify [--spring.profiles.active=postgres] [--credibility.data-folder=DIR]
              Walks the hash chain of the stored assessments and names the first record that does not match.
              Exit codes: 0 the chain is intact; 1 a record does not match (named on stdout) or the store cannot be read; 2 a mistake in the command line.
            """;

    private AuditCommand() {
    }

    /** {@code args}: "audit", the subcommand, then Spring options. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[1].equals("verify")) {
            err.print((args.length < 2 ? "audit needs a subcommand.\n" : "Unknown audit subcommand '" + args[1] + "'.\n") + USAGE_TEXT);
            return USAGE;
        }
        String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
        for (String arg : springArgs) {
            if (!arg.startsWith("--")) {
                err.print("Unexpected argument '" + arg + "': settings are given as --name=value.\n" + USAGE_TEXT);
                return USAGE;
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Store.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("logging.level.root=WARN", "spring.main.banner-mode=off")
                .run(springArgs)) {
            ChainReport report = context.getBean(ChainVerifier.class).verify();
            if (report.intact()) {
                out.printf("The chain is intact: %d records verified; the last record's hash is %s.%n", report.verified(),
                        report.verified() == 0 ? "(none: no records yet)" : report.lastHash());
                return INTACT;
            }
            out.printf("Record %d does not match: %s.%n%d records before it verified.%n", report.firstMismatch(), report.problem(),
                    report.verified());
            return BROKEN;
        } catch (RuntimeException e) {
            err.println("The audit store could not be read: " + rootMessage(e)
                    + "\nCheck the datasource settings (spring.datasource.*, the postgres profile); with the embedded H2 database, stop the service first.");
            return BROKEN;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /**
     * The store alone: this package's entities and repositories (auto-configuration finds them here),
     * the verifier. Not a @Configuration, so that the service's component scan leaves it alone.
     */
    @EnableAutoConfiguration
    @Import(ChainVerifier.class)
    static class Store {
    }
}
