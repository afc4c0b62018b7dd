package org.breathpace.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * History: resting rate per session with its trend line, minutes this week, the daily streak, the
 * session list and export. Reading and writing happen on the {@link TaskExecutor}; results come
 * back through {@code fx} (Platform::runLater in the app, Runnable::run in tests). "Today" is
 * passed in.
 */
public final class HistoryViewModel {
    private final HistoryPort history;
    private final TaskExecutor worker;
    private final Consumer<Runnable> fx;
    private final ZoneId zone;

    private final XYChart.Series<Number, Number> resting = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> trend = new XYChart.Series<>();
    private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper weekText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper streakText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trendText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public HistoryViewModel(HistoryPort history, TaskExecutor worker, Consumer<Runnable> fx, ZoneId zone) {
        this.history = history;
        this.worker = worker;
        this.fx = fx;
        this.zone = zone;
        resting.setName("Resting rate");
        trend.setName("Trend");
    }

    /** Reads history again, as of {@code today}. */
    public void refresh(LocalDate today) {
        worker.execute(() -> {
            List<SessionSummary> list = history.list();
            fx.accept(() -> show(list, today));
        });
    }

    private void show(List<SessionSummary> list, LocalDate today) {
        sessions.setAll(list);
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        SimpleRegression regression = new SimpleRegression();
        for (int i = 0; i < list.size(); i++) {
            double r = list.get(i).restingBefore();
            if (!Double.isNaN(r)) {
                points.add(new XYChart.Data<>(i + 1, r));
                regression.addData(i + 1, r);
            }
        }
        resting.getData().setAll(points);
        if (regression.getN() >= 2) {
            trend.getData().setAll(List.of(
                    new XYChart.Data<>(points.get(0).getXValue(), regression.predict(points.get(0).getXValue().doubleValue())),
                    new XYChart.Data<>(points.get(points.size() - 1).getXValue(),
                            regression.predict(points.get(points.size() - 1).getXValue().doubleValue()))));
            trendText.set(String.format(Locale.ROOT, "Resting rate %s by %.2f breaths/min per session",
                    regression.getSlope() <= 0 ? "falling" : "rising", Math.abs(regression.getSlope())));
        } else {
            trend.getData().clear();
            trendText.set("A trend needs two sessions with a measured resting rate.");
        }
        LocalDate weekStart = today.minusDays(6);
        double minutes = 0;
        TreeSet<LocalDate> days = new TreeSet<>();
        for (SessionSummary s : list) {
            LocalDate d = LocalDate.ofInstant(s.startedAt(), zone);
            days.add(d);
            if (!d.isBefore(weekStart) && !d.isAfter(today)) {
                minutes += s.minutes();
            }
        }
        weekText.set(String.format(Locale.ROOT, "%.0f minutes in the last 7 days", minutes));
        int streak = streak(days, today);
        streakText.set(streak == 0 ? "No streak yet: a short session today starts one."
                : streak + (streak == 1 ? " day" : " days") + " in a row");
    }

    /** Days in a row ending today (or yesterday, if today has no session yet). */
    static int streak(TreeSet<LocalDate> days, LocalDate today) {
        LocalDate d = days.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (days.contains(d)) {
            n++;
            d = d.minus(1, ChronoUnit.DAYS);
        }
        return n;
    }

    /** Writes every session as CSV to {@code file} on the worker; says where, or why not. */
    public void export(Path file) {
        List<SessionSummary> list = List.copyOf(sessions);
        worker.execute(() -> {
            StringBuilder csv = new StringBuilder(
                    "started_at,minutes,resting_before,resting_after,time_at_target_s,adherence,done,skipped,pain_reports,completed\n");
            for (SessionSummary s : list) {
                csv.append(String.format(Locale.ROOT, "%s,%.2f,%s,%s,%.0f,%s,%d,%d,%d,%s%n", s.startedAt(), s.minutes(),
                        num(s.restingBefore()), num(s.restingAfter()), s.timeAtTargetS(), num(s.adherence()),
                        s.done().size(), s.skipped().size(), s.pain().size(), s.completed()));
            }
            String result;
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                result = "Exported " + list.size() + " sessions to " + file + ".";
            } catch (IOException e) {
                result = "Could not write " + file + " (" + e.getMessage() + "): choose a folder you can write to.";
            }
            String done = result;
            fx.accept(() -> message.set(done));
        });
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** One line per session for the list. */
    public static String describe(SessionSummary s, ZoneId zone) {
        return String.format(Locale.ROOT, "%s · %.0f min · resting %s → %s · %s",
                LocalDate.ofInstant(s.startedAt(), zone), s.minutes(), Format.rate(s.restingBefore()),
                Format.rate(s.restingAfter()), s.completed() ? "complete" : "ended early");
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
