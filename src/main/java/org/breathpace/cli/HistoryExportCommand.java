package org.breathpace.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import org.breathpace.history.HistoryCsv;
import org.breathpace.history.HistoryJson;
import org.breathpace.history.HistoryStore;
import org.breathpace.history.SessionRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code breathpace history export}: every session as CSV (for a spreadsheet) or JSON (to restore). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every session as CSV (one row each, for a spreadsheet) or JSON (everything, to restore"
                + " with 'history import').")
final class HistoryExportCommand extends HistorySubcommand {

    enum Format { csv, json }

    @Option(names = "--format", required = true, paramLabel = "csv|json", description = "csv or json.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced whole) instead of the screen.")
    Path outFile;

    @Override
    Integer run() throws IOException {
        try (HistoryStore store = open()) {
            if (outFile != null && Files.exists(outFile) && Files.isSameFile(outFile, store.file())) {
                throw new UserError("--out " + outFile + " is the history database itself; choose another file.");
            }
            Iterable<SessionRecord> all = store.allSessions();
            int count = store.count();
            if (outFile == null) {
                write(all, out());
                out().flush();
                return 0;
            }
            Path target = outFile.toAbsolutePath();
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    write(all, w);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Nothing more to do: the message below says what failed.
                }
                throw new UserError("Cannot write " + outFile + " (" + e.getMessage() + "); choose another --out.");
            }
            err().println("Exported " + count + (count == 1 ? " session" : " sessions") + " to " + outFile
                    + ".");
            return 0;
        }
    }

    private void write(Iterable<SessionRecord> all, Writer w) throws IOException {
        if (format == Format.json) {
            HistoryJson.write(all, w);
        } else {
            HistoryCsv.write(all, ZoneId.systemDefault(), w);
        }
    }
}
