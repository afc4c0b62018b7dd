package org.breathpace.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.breathpace.history.HistoryException;
import org.breathpace.history.HistoryStore;
import org.breathpace.history.SessionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code breathpace history delete ID}: removes one session for good. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes one saved session (export first if you may want it back).")
final class HistoryDeleteCommand extends HistorySubcommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Parameters(paramLabel = "ID", description = "The session's id (its first 8 characters are enough).")
    String id;

    @Override
    Integer run() {
        try (HistoryStore store = open()) {
            UUID uuid;
            try {
                uuid = store.find(id);
            } catch (HistoryException e) {
                throw new UserError(e.getMessage());
            }
            SessionSummary s = store.session(uuid).summary();
            await(store.delete(uuid));
            out().println("Deleted session " + shortId(uuid) + " of " + WHEN.format(s.start().atZone(ZoneId.systemDefault()))
                    + " (" + minutes(s.duration()) + " min).");
            return 0;
        }
    }
}
