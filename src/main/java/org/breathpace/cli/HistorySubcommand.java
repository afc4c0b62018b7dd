package org.breathpace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.breathpace.history.DataDirectory;
import org.breathpace.history.HistoryException;
import org.breathpace.history.HistoryStore;
import org.breathpace.history.StoreOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** What the {@code history} subcommands share: the data folder, opening the store, plain errors. */
abstract class HistorySubcommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder holding the history.")
    Path dataDir;

    @ParentCommand
    HistoryCommand parent;

    @Spec
    CommandSpec spec;

    /** What the subcommand does; a HistoryException from it becomes one plain sentence. */
    abstract Integer run() throws Exception;

    @Override
    public final Integer call() throws Exception {
        try {
            return run();
        } catch (HistoryException e) {
            throw new UserError(e.getMessage());
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Path folder() {
        return DataDirectory.resolveForThisProcess(dataDir != null ? dataDir : parent.dataDir);
    }

    /** Opens the store, printing what opening found on stderr; a HistoryException becomes a UserError. */
    HistoryStore open() {
        try {
            HistoryStore store = HistoryStore.open(folder(), StoreOptions.defaults());
            for (String n : store.notices()) {
                err().println(n);
            }
            return store;
        } catch (HistoryException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Waits for a write; its failure becomes a UserError. */
    static <T> T await(CompletableFuture<T> write) {
        try {
            return write.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException | CompletionException e) {
            throw new UserError(e.getCause() instanceof HistoryException h ? h.getMessage()
                    : "Saving to the history failed (" + e.getCause().getMessage() + "); nothing was changed.");
        } catch (TimeoutException e) {
            throw new UserError("The history did not answer within 2 minutes (is it locked by another program?).");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("Interrupted while saving to the history.");
        }
    }

    static String shortId(java.util.UUID id) {
        return id.toString().substring(0, 8);
    }

    static String minutes(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 60_000.0);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static String rate(Double bpm) {
        return bpm == null ? "-" : String.format(Locale.ROOT, "%.1f", bpm);
    }

    static String percent(Double fraction) {
        return fraction == null ? "-" : String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
