package news.credibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import news.credibility.Application.Mode;

/** The jar's arguments choose the way in: the command line never starts Spring. */
class ApplicationTests {

    @Test
    void noArgumentsServeAndSpringOptionsGoToTheService() {
        assertThat(Mode.of(new String[0])).isEqualTo(Mode.SERVE);
        assertThat(Mode.of(new String[] {"serve", "--server.port=9090"})).isEqualTo(Mode.SERVE);
        assertThat(Mode.springArgs(new String[] {"serve", "--server.port=9090"})).containsExactly("--server.port=9090");
        assertThat(Mode.of(new String[] {"--server.port=9090"})).isEqualTo(Mode.SERVE);
        assertThat(Mode.springArgs(new String[] {"--server.port=9090"})).containsExactly("--server.port=9090");
    }

    @Test
    void demoScoresThenServes() {
        assertThat(Mode.of(new String[] {"demo", "--server.port=0"})).isEqualTo(Mode.DEMO);
        assertThat(Mode.springArgs(new String[] {"demo", "--server.port=0"})).containsExactly("--server.port=0");
    }

    @Test
    void auditCommandsGoToTheAuditRecord() {
        assertThat(Mode.of(new String[] {"audit", "verify"})).isEqualTo(Mode.AUDIT);
        assertThat(Mode.of(new String[] {"audit"})).as("the audit command explains a missing subcommand").isEqualTo(Mode.AUDIT);
    }

    @Test
    void scoreHelpAndMistakesGoToTheCommandLine() {
        assertThat(Mode.of(new String[] {"score", "seeds"})).isEqualTo(Mode.COMMAND_LINE);
        assertThat(Mode.of(new String[] {"--help"})).isEqualTo(Mode.COMMAND_LINE);
        assertThat(Mode.of(new String[] {"help"})).isEqualTo(Mode.COMMAND_LINE);
        assertThat(Mode.of(new String[] {"scroe", "seeds"})).as("a misspelt command is the command line's to explain")
                .isEqualTo(Mode.COMMAND_LINE);
    }
}
