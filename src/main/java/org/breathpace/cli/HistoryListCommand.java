package org.breathpace.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.breathpace.history.HistoryStore;
import org.breathpace.history.SessionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code breathpace history list}: one line per saved session, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists saved sessions, oldest first.")
final class HistoryListCommand extends HistorySubcommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Option(names = "--last", paramLabel = "N", description = "Only the last N sessions.")
    Integer last;

    @Override
    Integer run() {
        if (last != null && last < 1) {
            throw new UserError("--last must be 1 or more, not " + last + ".");
        }
        try (HistoryStore store = open()) {
            List<SessionSummary> sessions = last == null ? store.sessions() : store.lastSessions(last);
            int total = last == null ? sessions.size() : store.count();
            if (sessions.isEmpty()) {
                out().println("No sessions saved yet in " + store.file().getParent() + ".");
                return 0;
            }
            ZoneId zone = ZoneId.systemDefault();
            out().printf(Locale.ROOT, "%-8s  %-16s  %5s  %-14s  %-13s  %7s  %7s  %9s  %9s  %s%n", "id", "start", "min",
                    "routine", "pattern", "resting", "closing", "at target", "adherence", "outcome");
            for (SessionSummary s : sessions) {
                out().printf(Locale.ROOT, "%-8s  %-16s  %5s  %-14s  %-13s  %7s  %7s  %9s  %9s  %s%n", shortId(s.id()),
                        WHEN.format(s.start().atZone(zone)), minutes(s.duration()), cut(s.routine(), 14),
                        cut(s.pattern(), 13), rate(s.restingRate()), rate(s.closingRate()), clock(s.timeAtTargetS()),
                        percent(s.adherence()), s.outcome().word());
            }
            out().printf(Locale.ROOT, "%s%d %s (rates in breaths/min). 'history show ID' for one in full,"
                    + " 'history trend' for the trend.%n", sessions.size() < total ? "last " + sessions.size() + " of "
                    : "", total, total == 1 ? "session" : "sessions");
            return 0;
        }
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
