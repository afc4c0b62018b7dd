package org.breathpace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line a run builds holds only the subcommand it names (start-up time), yet answers
 * every invocation exactly as the command line with all subcommands does.
 */
class BreathpaceCommandTest {

    private static final List<String> NAMES = List.of("analyze", "listen", "devices", "session", "history", "bench", "help");

    @Test
    void theRootListsEveryCommandInOrder() {
        CommandLine all = BreathpaceCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(all.getSubcommands().keySet()).containsExactlyElementsOf(NAMES);
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        for (String visible : List.of("analyze", "listen", "devices", "session", "history", "help")) {
            assertThat(help.out()).contains("  " + visible + " ");
        }
    }

    @Test
    void aRunNamingACommandBuildsOnlyThatOne() {
        StringWriter sink = new StringWriter();
        CommandLine cl = BreathpaceCommand.commandLine(new PrintWriter(sink), new PrintWriter(sink), new String[] {"analyze", "x.wav"});
        assertThat(cl.getSubcommands().keySet()).containsExactly("analyze");
        CommandLine forHelp = BreathpaceCommand.commandLine(new PrintWriter(sink), new PrintWriter(sink), new String[] {"help", "analyze"});
        assertThat(forHelp.getSubcommands().keySet()).containsExactlyElementsOf(NAMES);
        CommandLine misspelt = BreathpaceCommand.commandLine(new PrintWriter(sink), new PrintWriter(sink), new String[] {"anlyze"});
        assertThat(misspelt.getSubcommands().keySet()).containsExactlyElementsOf(NAMES);
    }

    @Test
    void everyInvocationAnswersAsWithAllCommandsPresent() {
        List<String[]> runs = List.of(
                new String[] {"--help"}, new String[] {"--version"}, new String[] {"help", "session"},
                new String[] {"anlyze", "x.wav"}, new String[] {"analyze"}, new String[] {"analyze", "--bogus"},
                new String[] {"analyze", "--format", "xml", "x.wav"}, new String[] {"history", "bogus"},
                new String[] {"history", "list", "--help"}, new String[] {"bench", "--help"});
        for (String command : NAMES) {
            assertSame(new String[] {command, "--help"});
        }
        for (String[] run : runs) {
            assertSame(run);
        }
    }

    private static void assertSame(String[] args) {
        StringWriter lazyOut = new StringWriter();
        StringWriter lazyErr = new StringWriter();
        int lazy = BreathpaceCommand.commandLine(new PrintWriter(lazyOut, true), new PrintWriter(lazyErr, true), args).execute(args);
        StringWriter allOut = new StringWriter();
        StringWriter allErr = new StringWriter();
        int all = BreathpaceCommand.commandLine(new PrintWriter(allOut, true), new PrintWriter(allErr, true)).execute(args);
        assertThat(lazy).as(String.join(" ", args)).isEqualTo(all);
        assertThat(lazyOut.toString()).as(String.join(" ", args)).isEqualTo(allOut.toString());
        assertThat(lazyErr.toString()).as(String.join(" ", args)).isEqualTo(allErr.toString());
    }
}
