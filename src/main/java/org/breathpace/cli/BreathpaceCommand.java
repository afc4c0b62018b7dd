package org.breathpace.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code breathpace COMMAND ...}. */
@Command(name = "breathpace",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Listens to you breathe, paces you into slow breathing, then a mid-back mobility routine.")
public final class BreathpaceCommand implements Runnable {

    /**
     * The subcommands, by name, in the order help lists them. They are added to the command line
     * in code rather than in the annotation so that a run naming one builds only that one's model:
     * picocli builds each model by reflection, about 0.1 s for all of them at start-up, which a
     * run of {@code analyze} would otherwise spend on commands it never uses.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("analyze", AnalyzeCommand.class);
        SUBCOMMANDS.put("listen", ListenCommand.class);
        SUBCOMMANDS.put("devices", DevicesCommand.class);
        SUBCOMMANDS.put("session", SessionCommand.class);
        SUBCOMMANDS.put("history", HistoryCommand.class);
        SUBCOMMANDS.put("bench", BenchCommand.class);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    /** picocli's switch for leaving built-in type converters out (a regular expression of class names). */
    static final String CONVERTERS_EXCLUDES = "picocli.converters.excludes";
    /**
     * Option types no command here uses (ours are numbers, text, enums, {@code Path}s): picocli
     * otherwise looks up converters for the {@code java.time} and {@code java.sql} types by
     * reflection whenever a command line is built, loading about 130 classes (the {@code java.sql}
     * module among them) on every run, some 10 ms of every command's start-up
     * (docs/performance.md).
     */
    static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line, every subcommand in it, with our error handling: one plain sentence, no stack trace. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new String[0]);
    }

    /**
     * Builds the command line for running {@code args}: when the first argument names a
     * subcommand (other than {@code help}), only that one is added; otherwise (help, usage, a
     * mistyped command, which picocli answers with suggestions) all are. Either way the run
     * parses, prints and fails exactly as with every subcommand present.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        if (System.getProperty(CONVERTERS_EXCLUDES) == null) {
            System.setProperty(CONVERTERS_EXCLUDES, UNUSED_CONVERTERS);
        }
        CommandLine cl = new CommandLine(new BreathpaceCommand());
        Class<?> named = args.length > 0 && !"help".equals(args[0]) ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(args[0], named);
        } else {
            SUBCOMMANDS.forEach(cl::addSubcommand);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new PlainErrorHandler());
        return cl;
    }

    /** Runs the CLI with the process's stdout/stderr and returns the exit code. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return commandLine(out, err, args).execute(args);
    }
}
