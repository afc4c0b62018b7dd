package org.breathpace.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code breathpace COMMAND ...}. */
@Command(name = "breathpace",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Listens to you breathe, paces you into slow breathing, then a mid-back mobility routine.",
        subcommands = {
            AnalyzeCommand.class,
            ListenCommand.class,
            DevicesCommand.class,
            SessionCommand.class,
            HistoryCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class BreathpaceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with our error handling: one plain sentence, no stack trace. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new BreathpaceCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new PlainErrorHandler());
        return cl;
    }

    /** Runs the CLI with the process's stdout/stderr and returns the exit code. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return commandLine(out, err).execute(args);
    }
}
