package news.credibility;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import news.credibility.audit.AuditCommand;
import news.credibility.cli.Cli;
import news.credibility.cli.EngineFactory;
import news.credibility.engine.CredibilityEngine;
import news.credibility.extract.BratWriter;

/**
 * One jar, three ways in. {@code score ...} and {@code help} run the command line in plain Java
 * (no Spring context, so a batch starts in the time the engine takes to load); {@code serve}, or no
 * command, starts the REST service; {@code demo} scores the seeds, prints the ranked table, then
 * starts the service and says where to look. Arguments starting with "--" go to Spring Boot
 * ({@code --server.port=9090}).
 */
@SpringBootApplication
public class Application {

    static final String SEEDS = "seeds";

    /** Logging of the command line: warnings on stderr only (Spring Boot configures its own when it starts). */
    private static final String CLI_LOGGING = "logback-cli.xml";

    /** What the arguments ask for: the service, the demo, or the command line (which handles help and mistakes). */
    enum Mode {
        SERVE, DEMO, AUDIT, COMMAND_LINE;

        static Mode of(String[] args) {
            if (args.length == 0 || isSpringOption(args[0]) || args[0].equals("serve")) {
                return SERVE;
            }
            if (args[0].equals("audit")) {
                return AUDIT;
            }
            return args[0].equals("demo") ? DEMO : COMMAND_LINE;
        }

        /** The arguments left for Spring Boot once the command word is taken off. */
        static String[] springArgs(String[] args) {
            return args.length > 0 && !isSpringOption(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
        }
    }

    public static void main(String[] args) {
        switch (Mode.of(args)) {
            case SERVE -> SpringApplication.run(Application.class, Mode.springArgs(args));
            case DEMO -> demo(Mode.springArgs(args));
            // the audit record's commands read the service's database: a small Spring context of their own
            case AUDIT -> System.exit(AuditCommand.run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
            case COMMAND_LINE -> {
                System.setProperty("logback.configurationFile", CLI_LOGGING);
                System.exit(cli().run(args));
            }
        }
    }

    /** Starts the service, then scores the seeds with the service's own engine (built once) and says where to look. */
    private static void demo(String[] springArgs) {
        ConfigurableApplicationContext context = SpringApplication.run(Application.class, springArgs);
        CredibilityEngine engine = context.getBean(CredibilityEngine.class);
        int code = cli(rules -> engine).run("score", SEEDS);
        if (code != Cli.OK) {
            System.err.println("The seeds could not all be scored (see above); stopping the service.");
            System.exit(SpringApplication.exit(context, () -> code));
        }
        String port = context.getEnvironment().getProperty("local.server.port", "8080");
        String base = "http://localhost:" + port;
        System.out.printf("""

                The service is running at %1$s/
                  API description (OpenAPI): %1$s/v3/api-docs
                  health:                    %1$s/actuator/health
                  try: curl -u analyst:analyst -H 'Content-Type: text/plain' --data-binary @%2$s/002_c0ca0cacc21a58d2.txt %1$s/api/assessments
                  users (HTTP Basic, defaults, change them in production): analyst/analyst, author/author (rule author), auditor/auditor
                Stop it with Ctrl+C.
                """, base, SEEDS);
    }

    private static Cli cli() {
        return cli(EngineFactory.standard());
    }

    private static Cli cli(EngineFactory engines) {
        return new Cli(utf8(FileDescriptor.out), utf8(FileDescriptor.err), engines, BratWriter::write);
    }

    /** UTF-8 whatever the platform default: article text and JSON are Unicode. */
    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    private static boolean isSpringOption(String arg) {
        return arg.startsWith("--") && !arg.equals("--help");
    }
}
