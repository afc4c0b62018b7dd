package org.breathpace.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.breathpace.history.HistoryStore;
import org.breathpace.history.SessionSummary;
import picocli.CommandLine.Command;

/** {@code breathpace history list}: one line per saved session, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists saved sessions, oldest first.")
final class HistoryListCommand extends HistorySubcommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Override
    public Integer call() {
        try (HistoryStore store = open()) {
            List<SessionSummary> sessions = store.sessions();
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
            out().printf(Locale.ROOT, "%d %s (rates in breaths/min). 'history show ID' for one in full,"
                    + " 'history trend' for the trend.%n", sessions.size(), sessions.size() == 1 ? "session" : "sessions");
            return 0;
        }
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
