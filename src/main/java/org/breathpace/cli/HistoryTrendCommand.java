package org.breathpace.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.breathpace.history.HistoryStore;
import org.breathpace.history.TrendView;
import org.breathpace.history.Trends;
import org.breathpace.history.WeekMinutes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code breathpace history trend}: resting rate trend, practice per week, streak. */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "Shows the resting breath-rate trend, minutes per week and the daily streak.")
final class HistoryTrendCommand extends HistorySubcommand {

    @Option(names = "--sessions", defaultValue = "10", description = "Recent sessions for the trend (default ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--weeks", defaultValue = "8", description = "Recent weeks shown (default ${DEFAULT-VALUE}).")
    int weeks;

    @Override
    Integer run() {
        if (sessions < 2 || sessions > 10_000 || weeks < 1 || weeks > 520) {
            throw new UserError("--sessions must be 2–10000 and --weeks 1–520.");
        }
        try (HistoryStore store = open()) {
            ZoneId zone = ZoneId.systemDefault();
            TrendView t = Trends.compute(store.sessions(), zone, LocalDate.now(zone), sessions, weeks);
            print(t);
            return 0;
        }
    }

    private void print(TrendView t) {
        var o = out();
        o.printf(Locale.ROOT, "%d %s, %d completed.%n", t.sessions(), t.sessions() == 1 ? "session" : "sessions",
                t.completed());
        o.printf(Locale.ROOT, "Streak: %d %s in a row%s (longest %d). A short session every day does more than a long"
                + " one now and then.%n", t.currentStreakDays(), t.currentStreakDays() == 1 ? "day" : "days",
                t.practisedToday() ? ", today included" : t.currentStreakDays() > 0 ? "; practise today to keep it" : "",
                t.longestStreakDays());
        if (t.bestResting() == null) {
            o.println("Resting rate: not measured yet.");
        } else {
            o.printf(Locale.ROOT, "Resting rate: typical %s, best %s breaths/min.%n", rate(t.typicalResting()),
                    rate(t.bestResting()));
        }
        o.println("Trend: " + slope(t.slopePerSession(), "session", "the last " + t.slopeSessions() + " sessions")
                + "; " + slope(t.slopePerWeek(), "week", "the last " + t.weeks() + " weeks") + ".");
        o.println("Minutes per week:");
        double most = 1;
        for (WeekMinutes w : t.minutesPerWeek()) {
            most = Math.max(most, w.minutes());
        }
        for (WeekMinutes w : t.minutesPerWeek()) {
            o.println(String.format(Locale.ROOT, "  %s  %5.0f min  %2d %-8s  %s", w.monday(), w.minutes(), w.sessions(),
                    w.sessions() == 1 ? "session" : "sessions", "#".repeat((int) Math.round(30 * w.minutes() / most)))
                    .stripTrailing());
        }
    }

    private static String slope(Double v, String per, String over) {
        if (v == null) {
            return "not enough resting rates over " + over + " yet";
        }
        String way = Math.abs(v) < 0.05 ? "steady" : v < 0 ? "coming down" : "going up";
        return String.format(Locale.ROOT, "%+.2f breaths/min per %s over %s (%s)", v, per, over, way);
    }
}
