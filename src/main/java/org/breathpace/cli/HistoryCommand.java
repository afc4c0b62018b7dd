package org.breathpace.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code breathpace history}: shows, exports, imports and deletes saved sessions. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Shows, exports, imports and deletes saved sessions.",
        subcommands = {
            HistoryListCommand.class,
            HistoryShowCommand.class,
            HistoryTrendCommand.class,
            HistoryExportCommand.class,
            HistoryDeleteCommand.class,
            HistoryImportCommand.class,
            HistoryBenchCommand.class
        })
public final class HistoryCommand implements Runnable {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder holding the history (default: $BREATHPACE_HOME, else $XDG_DATA_HOME/breathpace,"
                    + " else ~/.local/share/breathpace).")
    Path dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
