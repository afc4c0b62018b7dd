package org.breathpace.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.breathpace.history.History;
import org.breathpace.history.HistoryCsv;
import org.breathpace.history.RestingPoint;
import org.breathpace.history.SessionSummary;
import org.breathpace.history.TrendView;
import org.breathpace.history.WeekMinutes;

/**
 * The history screen's state, from the {@code history} package's {@link History}: resting rate
 * per session with its trend line, minutes per week, the streak, the session list, export.
 * Reading and writing run on the {@link TaskExecutor}; results come back through {@code fx}
 * (Platform::runLater in the app, Runnable::run in tests). "Today" is passed in.
 */
public final class HistoryViewModel {
    private final Supplier<History> opened;
    private final TaskExecutor worker;
    private final Consumer<Runnable> fx;
    private final ZoneId zone;

    private final XYChart.Series<Number, Number> resting = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> trend = new XYChart.Series<>();
    private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TrendView> trendView = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper weekText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper streakText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trendText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public HistoryViewModel(Supplier<History> history, TaskExecutor worker, Consumer<Runnable> fx, ZoneId zone) {
        this.opened = history;
        this.worker = worker;
        this.fx = fx;
        this.zone = zone;
        resting.setName("Resting rate");
        trend.setName("Trend");
    }

    /** Reads history again, as of {@code today}. */
    public void refresh(LocalDate today) {
        worker.execute(() -> {
            History history = opened.get();
            List<SessionSummary> list = history.sessions();
            TrendView view = history.trend(zone, today);
            String notices = String.join(" ", history.notices());
            fx.accept(() -> {
                show(list, view);
                if (message.get().isEmpty()) {
                    message.set(notices);
                }
            });
        });
    }

    private void show(List<SessionSummary> list, TrendView t) {
        sessions.setAll(list);
        trendView.set(t);
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        List<RestingPoint> rs = t.resting();
        for (int i = 0; i < rs.size(); i++) {
            points.add(new XYChart.Data<>(i + 1, rs.get(i).breathsPerMin()));
        }
        resting.getData().setAll(points);
        if (t.slopePerSession() != null && t.slopeSessions() >= 2) {
            // The least-squares line passes through the mean of the points it was fitted to.
            int from = rs.size() - t.slopeSessions();
            double mx = 0;
            double my = 0;
            for (int i = from; i < rs.size(); i++) {
                mx += i + 1;
                my += rs.get(i).breathsPerMin();
            }
            mx /= t.slopeSessions();
            my /= t.slopeSessions();
            double slope = t.slopePerSession();
            double x0 = from + 1;
            double x1 = rs.size();
            trend.getData().setAll(List.of(new XYChart.Data<>(x0, my + slope * (x0 - mx)),
                    new XYChart.Data<>(x1, my + slope * (x1 - mx))));
            trendText.set(String.format(Locale.ROOT, "Resting rate %s by %.2f breaths/min a session over the last %d%s",
                    slope <= 0 ? "falling" : "rising", Math.abs(slope), t.slopeSessions(),
                    t.typicalResting() == null ? "" : String.format(Locale.ROOT, "; typical %.1f, best %.1f",
                            t.typicalResting(), t.bestResting())));
        } else {
            trend.getData().clear();
            trendText.set("A trend needs at least three sessions with a measured resting rate.");
        }
        List<WeekMinutes> weeks = t.minutesPerWeek();
        double thisWeek = weeks.isEmpty() ? 0 : weeks.get(weeks.size() - 1).minutes();
        StringBuilder recent = new StringBuilder();
        for (int i = Math.max(0, weeks.size() - 4); i < weeks.size(); i++) {
            recent.append(recent.length() == 0 ? "" : " · ").append(String.format(Locale.ROOT, "%.0f", weeks.get(i).minutes()));
        }
        weekText.set(String.format(Locale.ROOT, "%.0f minutes this week (last four weeks: %s)", thisWeek, recent));
        int streak = t.currentStreakDays();
        streakText.set(streak == 0 ? "No streak yet: a short session today starts one."
                : streak + (streak == 1 ? " day" : " days") + " in a row" + (t.practisedToday() ? "" : " — today is still open")
                + (t.longestStreakDays() > streak ? " (longest " + t.longestStreakDays() + ")" : ""));
    }

    /** Writes every session as CSV to {@code file} on the worker; says where, or why not. */
    public void export(Path file) {
        worker.execute(() -> {
            String result;
            History history = opened.get();
            if (history.store().isEmpty()) {
                result = history.notices().isEmpty() ? "There is no history to export." : history.notices().get(0);
            } else {
                try {
                    Path dir = file.toAbsolutePath().getParent();
                    Files.createDirectories(dir);
                    int count = history.store().get().count();
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        HistoryCsv.write(history.store().get().allSessions(), zone, w);
                    }
                    result = "Exported " + count + " sessions to " + file + ".";
                } catch (IOException | RuntimeException e) {
                    result = "Could not write " + file + " (" + e.getMessage() + "): choose a folder you can write to.";
                }
            }
            String done = result;
            fx.accept(() -> message.set(done));
        });
    }

    /** One line per session for the list. */
    public static String describe(SessionSummary s, ZoneId zone) {
        return String.format(Locale.ROOT, "%s · %.0f min · resting %s → %s · %s",
                LocalDate.ofInstant(s.start(), zone), s.duration().toSeconds() / 60.0,
                s.restingRate() == null ? "–" : Format.rate(s.restingRate()),
                s.closingRate() == null ? "–" : Format.rate(s.closingRate()), s.outcome().word());
    }

    /** The details of one session, in a sentence or two. */
    public static String details(SessionSummary s) {
        return String.format(Locale.ROOT, "%s, %s pattern. Following the pacer %s; %s at the target rate; %s.",
                s.routine(), s.pattern(), s.adherence() == null ? "unknown" : Format.percent(s.adherence()),
                Format.minSec(s.timeAtTargetS()), s.outcome().word());
    }

    public XYChart.Series<Number, Number> resting() {
        return resting;
    }

    public XYChart.Series<Number, Number> trend() {
        return trend;
    }

    public ObservableList<SessionSummary> sessions() {
        return sessions;
    }

    /** The last trend view read, or null. */
    public ReadOnlyObjectProperty<TrendView> trendViewProperty() {
        return trendView.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weekTextProperty() {
        return weekText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty streakTextProperty() {
        return streakText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trendTextProperty() {
        return trendText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }
}
