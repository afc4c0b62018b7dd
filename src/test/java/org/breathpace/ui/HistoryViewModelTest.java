package org.breathpace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.chart.XYChart;
import org.breathpace.history.History;
import org.breathpace.history.StoreOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history screen's data from a real store with twelve known sessions. */
class HistoryViewModelTest {
    @TempDir
    Path dir;

    @Test
    void chartTrendStreakAndExport() throws Exception {
        try (History history = History.open(dir, StoreOptions.defaults())) {
            Screenshots.exampleHistory(history, AppHarness.TODAY);
            HistoryViewModel vm = new HistoryViewModel(() -> history, TaskExecutor.SAME_THREAD, Runnable::run, ZoneOffset.UTC);
            vm.refresh(LocalDate.of(2026, 11, 25));

            List<XYChart.Data<Number, Number>> points = vm.resting().getData();
            assertThat(points).hasSize(12);
            assertThat(points.get(0).getYValue().doubleValue()).isEqualTo(14.8);
            assertThat(points.get(11).getYValue().doubleValue()).isEqualTo(10.6);
            // The trend line spans the sessions its slope was fitted to and falls at that slope.
            var trend = vm.trendViewProperty().get();
            List<XYChart.Data<Number, Number>> line = vm.trend().getData();
            assertThat(line).hasSize(2);
            double dx = line.get(1).getXValue().doubleValue() - line.get(0).getXValue().doubleValue();
            double dy = line.get(1).getYValue().doubleValue() - line.get(0).getYValue().doubleValue();
            assertThat(dx).isEqualTo(trend.slopeSessions() - 1);
            assertThat(dy / dx).isCloseTo(trend.slopePerSession(), within(1e-9));
            assertThat(trend.slopePerSession()).isNegative();
            assertThat(vm.trendTextProperty().get()).startsWith("Resting rate falling by");
            // Sessions on each of the last six days (1–6 days ago): a streak of six, today still open.
            assertThat(vm.streakTextProperty().get()).isEqualTo("6 days in a row — today is still open");
            assertThat(vm.weekTextProperty().get()).contains("minutes this week");
            assertThat(vm.sessions()).hasSize(12);

            Path csv = dir.resolve("out/history.csv");
            vm.export(csv);
            assertThat(vm.messageProperty().get()).isEqualTo("Exported 12 sessions to " + csv + ".");
            assertThat(Files.readAllLines(csv)).hasSize(13);
        }
    }
}
