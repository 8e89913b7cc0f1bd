package news.credibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A rules folder with a broken DRL stops the service with file, line and rule, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void aBrokenRuleStopsTheStartUpNamingFileLineAndRule(CapturedOutput output) throws IOException {
        Path rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path source : files.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path drl = rules.resolve("responses.drl");
        Files.writeString(drl, Files.readString(drl) + "\nrule \"Broken at start-up\"\nwhen\n    $c : NoSuchFact( )\nthen\nend\n");

        assertThatThrownBy(() -> SpringApplication.run(Application.class, "--server.port=0",
                "--credibility.rules-folder=" + rules)).isNotNull();

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START", "The rules could not be loaded", "responses.drl:", "Broken at start-up",
                        "Fix the rule files named above")
                .doesNotContain("\tat org.drools");
    }

    @Test
    void aMissingRulesFolderStopsTheStartUpNamingIt(CapturedOutput output) {
        Path nowhere = dir.resolve("no-such-rules");
        assertThatThrownBy(() -> SpringApplication.run(Application.class, "--server.port=0",
                "--credibility.rules-folder=" + nowhere)).isNotNull();
        assertThat(output.getOut() + output.getErr()).contains("The rules could not be loaded", "no-such-rules");
    }
}
