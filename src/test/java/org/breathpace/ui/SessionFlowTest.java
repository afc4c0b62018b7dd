package org.breathpace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A whole session through the real screens, in simulated time, driven by the keys: check-in on a
 * recording, breathing with live detection, pause, skip, back, two pain reports, the summary,
 * and the session landing in history.
 */
@ExtendWith(ApplicationExtension.class)
class SessionFlowTest {
    @TempDir
    static Path dir;
    AppHarness h;

    @Start
    void start(Stage stage) {
        h = new AppHarness(stage, AppHarness.CALM, AppHarness.settings(1), dir);
    }

    @AfterEach
    void close() {
        h.app.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void wholeSessionWithKeys(FxRobot robot) {
        h.runTo(robot, 36);
        assertThat(h.app.checkIn().restingRate()).isBetween(11.0, 13.0);
        robot.clickOn("#checkin-start");
        assertThat(h.app.screen()).isEqualTo(AppController.Screen.SESSION);
        double s0 = h.t;

        // Breathing with the recording replayed again: live rate, shaded trace, pacer shape moving.
        h.runTo(robot, s0 + 2);
        Circle shape = robot.lookup("#pacer-shape").queryAs(Circle.class);
        double inhaleRadius = shape.getRadius();
        assertThat(text(robot, "#phase-word")).isEqualTo("Breathe in");
        h.runTo(robot, s0 + 6);
        assertThat(text(robot, "#phase-word")).isEqualTo("Breathe out");
        assertThat(shape.getRadius()).isLessThan(SessionView.MAX_RADIUS).isNotEqualTo(inhaleRadius);
        h.runTo(robot, s0 + 20);
        assertThat(text(robot, "#rate")).matches("1[12]\\.\\d");
        assertThat(h.app.session().trace().size()).isGreaterThanOrEqualTo(4);
        assertThat(text(robot, "#quality-words")).isEqualTo("good signal");
        assertThat(text(robot, "#adherence")).matches("Following the pacer: \\d+ %");
        assertThat(text(robot, "#step-title")).isEqualTo("Slow breathing");
        assertThat(text(robot, "#step-countdown")).isEqualTo("0:40");

        // Space pauses: the countdown stops; space again resumes.
        robot.type(KeyCode.SPACE);
        assertThat(text(robot, "#phase-word")).isEqualTo("Paused");
        h.runTo(robot, s0 + 30);
        assertThat(text(robot, "#step-countdown")).isEqualTo("0:40");
        robot.type(KeyCode.SPACE);
        h.runTo(robot, s0 + 35);
        assertThat(text(robot, "#step-countdown")).isEqualTo("0:35");

        // → skips, ← goes back, → → reaches cat-cow.
        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#step-title")).isEqualTo("Foam roll the mid-back");
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#step-title")).isEqualTo("Slow breathing");
        assertThat(text(robot, "#step-countdown")).isEqualTo("1:00");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        assertThat(text(robot, "#step-title")).isEqualTo("Cat-cow, slowly");
        assertThat(text(robot, "#step-next")).isEqualTo("Next: Squat facing a wall");

        // P: pain pauses at once and shows the red flags; E eases off (what is left halves).
        h.runTo(robot, s0 + 45);
        robot.type(KeyCode.P);
        Node overlay = robot.lookup("#pain-overlay").query();
        assertThat(overlay.isVisible()).isTrue();
        assertThat(robot.lookup(".pain-flags").queryAs(Label.class).getText()).contains("sharp", "burning", "tingling", "nerve");
        String before = text(robot, "#step-countdown");
        h.runTo(robot, s0 + 50);
        assertThat(text(robot, "#step-countdown")).isEqualTo(before);
        robot.type(KeyCode.E);
        assertThat(overlay.isVisible()).isFalse();
        assertThat(text(robot, "#step-countdown")).isEqualTo("0:25");

        // Two-sided step: left, then right.
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        assertThat(text(robot, "#step-title")).isEqualTo("Rotations lying face down");
        assertThat(text(robot, "#step-side")).isEqualTo("Left side");
        h.runTo(robot, s0 + 50 + 46);
        assertThat(text(robot, "#step-side")).isEqualTo("Right side");

        // Pain again, and this time skip the exercise with the button.
        robot.type(KeyCode.P);
        robot.clickOn("#pain-skip");
        assertThat(text(robot, "#step-title")).isEqualTo("Side bends on hands and knees");
        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#step-title")).isEqualTo("Quiet breathing");
        h.runTo(robot, h.t + 61);

        // Summary, saved to history.
        assertThat(h.app.screen()).isEqualTo(AppController.Screen.SUMMARY);
        assertThat(text(robot, "#summary-saved")).isEqualTo("Saved to history.");
        assertThat(text(robot, "#summary-before")).matches("1[12]\\.\\d breaths/min");
        assertThat(text(robot, "#summary-pain")).contains("Cat-cow, slowly: ease", "Rotations lying face down (right): skip");
        SessionSummary saved = h.history.list().get(0);
        assertThat(h.history.list()).hasSize(1);
        assertThat(saved.completed()).isTrue();
        assertThat(saved.done()).containsExactly("Quiet breathing");
        assertThat(saved.skipped()).containsExactly("Slow breathing", "Foam roll the mid-back", "Cat-cow, slowly",
                "Squat facing a wall",
                "Rotations lying face down", "Side bends on hands and knees");
        assertThat(saved.pain()).extracting(PainNote::choice).containsExactly(PainNote.Choice.EASE, PainNote.Choice.SKIP);
        assertThat(saved.restingAfter()).isBetween(11.0, 13.0);
        assertThat(saved.adherence()).isBetween(0.0, 1.0);

        // History shows it: one point on the chart at the check-in's resting rate.
        robot.clickOn("#summary-history");
        assertThat(h.app.screen()).isEqualTo(AppController.Screen.HISTORY);
        LineChart<?, ?> chart = robot.lookup("#history-chart").queryAs(LineChart.class);
        assertThat(chart.getData().get(0).getData()).hasSize(1);
        assertThat(((Number) chart.getData().get(0).getData().get(0).getYValue()).doubleValue())
                .isEqualTo(saved.restingBefore());
        assertThat(text(robot, "#history-streak")).isEqualTo("1 day in a row");
    }

    @Test
    void escapeEndsEarlyAndTheSummarySaysSo(FxRobot robot) {
        robot.clickOn("#checkin-start");
        h.runTo(robot, 5);
        robot.type(KeyCode.ESCAPE);
        h.runTo(robot, 5.1);
        assertThat(h.app.screen()).isEqualTo(AppController.Screen.SUMMARY);
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Session ended early");
        assertThat(h.history.list()).singleElement().satisfies(s -> {
            assertThat(s.completed()).isFalse();
            assertThat(s.done()).isEmpty();
            assertThat(s.skipped()).hasSize(7);
            assertThat(Double.isNaN(s.restingBefore())).isTrue();
        });
    }
}
