package org.breathpace.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.breathpace.history.HistoryJson;
import org.breathpace.history.HistoryStore;
import org.breathpace.history.SessionRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code breathpace history import FILE}: merges a JSON export into the history, skipping sessions already there. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Adds the sessions of a JSON export (from 'history export --format json') that are not saved"
                + " yet; the whole file is checked first, so a bad file changes nothing.")
final class HistoryImportCommand extends HistorySubcommand {

    @Parameters(paramLabel = "FILE", description = "A JSON export.")
    Path file;

    @Override
    Integer run() {
        List<SessionRecord> records;
        try (InputStream in = Files.newInputStream(file)) {
            records = HistoryJson.read(in);
        } catch (NoSuchFileException e) {
            throw new UserError("Cannot import " + file + ": there is no such file.");
        } catch (HistoryJson.BadFile e) {
            throw new UserError("Cannot import " + file + ": " + e.getMessage() + "; nothing was imported.");
        } catch (IOException e) {
            throw new UserError("Cannot import " + file + ": " + (Files.isDirectory(file) ? "it is a folder"
                    : e.getMessage()) + "; nothing was imported.");
        }
        try (HistoryStore store = open()) {
            int added = await(store.add(records));
            int skipped = records.size() - added;
            out().println("Imported " + added + (added == 1 ? " session" : " sessions") + " from " + file
                    + (skipped > 0 ? " (" + skipped + " already saved, skipped)" : "") + ".");
            return 0;
        }
    }
}
