package org.breathpace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.breathpace.history.PainChoice;
import org.breathpace.history.PainReport;
import org.breathpace.history.SessionOutcome;
import org.breathpace.history.SessionSummary;
import org.breathpace.routine.SessionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A whole session of the built-in routine through the real screens, in simulated time, driven by
 * the keys: check-in on a recording (whose resting rate stands for the session's own check-in),
 * breathing with live detection,
 * pause, back, skip, two pain reports (ease, then skip), the closing check, the summary, and the
 * session in the real SQLite history.
 */
@ExtendWith(ApplicationExtension.class)
class SessionFlowTest {
    @TempDir
    Path dir;
    AppHarness h;

    @Start
    void start(Stage stage) {
        h = new AppHarness(stage, AppHarness.CALM, AppHarness.settings(1), dir);
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void wholeSessionWithKeys(FxRobot robot) {
        h.runTo(robot, 36);
        double checkedIn = h.app.checkIn().restingRate();
        assertThat(checkedIn).isBetween(11.0, 13.0);
        robot.clickOn("#checkin-start");
        assertThat(h.app.screen()).isEqualTo(AppController.Screen.SESSION);
        double s0 = h.t;
        // The check-in just done counts: no second 30 s check-in, straight to the breathing block.
        assertThat(AppHarness.text(robot, "#step-title")).startsWith("Slow breathing");
        assertThat(h.app.session().rows().get(0).outcome()).isEqualTo(StepOutcome.DONE);
        assertThat(h.app.session().rows().get(1).outcome()).isEqualTo(StepOutcome.CURRENT);

        // The recording is heard live, the pacer shape moves.
        h.runTo(robot, s0 + 15);
        assertThat(AppHarness.text(robot, "#step-title")).startsWith("Slow breathing");
        assertThat(AppHarness.text(robot, "#rate")).matches("1[12]\\.\\d");
        assertThat(h.app.session().trace().size()).isGreaterThanOrEqualTo(4);
        assertThat(AppHarness.text(robot, "#quality-words")).isEqualTo("good signal");
        Circle shape = robot.lookup("#pacer-shape").queryAs(Circle.class);
        double r1 = shape.getRadius();
        h.runTo(robot, s0 + 17);
        assertThat(shape.getRadius()).isNotEqualTo(r1);
        assertThat(AppHarness.text(robot, "#phase-word")).isIn("Breathe in", "Breathe out", "Hold", "Rest");

        // Space pauses: the countdown stops; space again resumes.
        robot.type(KeyCode.SPACE);
        assertThat(AppHarness.text(robot, "#phase-word")).isEqualTo("Paused");
        String frozen = AppHarness.text(robot, "#step-countdown");
        h.runTo(robot, s0 + 22);
        assertThat(AppHarness.text(robot, "#step-countdown")).isEqualTo(frozen);
        robot.type(KeyCode.SPACE);
        h.runTo(robot, s0 + 25);
        assertThat(AppHarness.text(robot, "#step-countdown")).isNotEqualTo(frozen);

        // → skips to the first exercise; ← within its first seconds goes back; → again.
        robot.type(KeyCode.RIGHT);
        assertThat(AppHarness.text(robot, "#step-title")).isEqualTo("Foam rolling the mid-back");
        assertThat(AppHarness.text(robot, "#step-next")).isEqualTo("Next: Cat-cow with control");
        robot.type(KeyCode.LEFT);
        assertThat(AppHarness.text(robot, "#step-title")).startsWith("Slow breathing");
        robot.type(KeyCode.RIGHT);
        assertThat(AppHarness.text(robot, "#step-title")).isEqualTo("Foam rolling the mid-back");

        // P: pain pauses at once and shows the red flags; E eases off.
        h.runTo(robot, s0 + 28);
        robot.type(KeyCode.P);
        Node overlay = robot.lookup("#pain-overlay").query();
        assertThat(overlay.isVisible()).isTrue();
        assertThat(robot.lookup(".pain-flags").queryAs(Label.class).getText()).contains("sharp pain", "burning", "tingling");
        String before = AppHarness.text(robot, "#step-countdown");
        h.runTo(robot, s0 + 32);
        assertThat(AppHarness.text(robot, "#step-countdown")).isEqualTo(before);
        robot.type(KeyCode.E);
        assertThat(overlay.isVisible()).isFalse();
        assertThat(AppHarness.text(robot, "#step-title")).isEqualTo("Foam rolling the mid-back (eased)");

        // A two-sided exercise, counted in reps.
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        assertThat(AppHarness.text(robot, "#step-title")).isEqualTo("Prone rotations");
        assertThat(AppHarness.text(robot, "#step-side")).startsWith("Left side · rep 1 of 5");

        // Pain again; N to write a note (E, S and X are typed, not chosen, while the field has
        // focus), Enter back to the choices, Tab to "skip" and Enter (the dialog is keyboard-reachable).
        robot.type(KeyCode.P);
        TextField note = robot.lookup("#pain-note").queryAs(TextField.class);
        assertThat(note.getText()).isEmpty();
        assertThat(robot.lookup("#pain-ease").queryButton().isFocused()).isTrue();
        robot.type(KeyCode.N);
        assertThat(note.isFocused()).isTrue();
        robot.type(KeyCode.S, KeyCode.E, KeyCode.X, KeyCode.T, KeyCode.SPACE);
        robot.write("rep: sore next to the spine");
        assertThat(overlay.isVisible()).as("still asking").isTrue();
        assertThat(note.getText()).isEqualTo("sext rep: sore next to the spine");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#pain-ease").queryButton().isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#pain-skip").queryButton().isFocused()).isTrue();
        // Tab goes round the dialog's own controls (note, three choices), never behind it.
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.TAB);
            Node focused = overlay.getScene().getFocusOwner();
            assertThat(focused).as("Tab %d from skip", i + 1).isNotNull();
            assertThat(isInside(focused, overlay)).as("Tab %d from skip reaches %s", i + 1, focused).isTrue();
        }
        assertThat(robot.lookup("#pain-skip").queryButton().isFocused()).as("round the dialog and back").isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(AppHarness.text(robot, "#step-title")).isEqualTo("Quadruped side bends and QL stretch");
        robot.type(KeyCode.RIGHT);
        assertThat(AppHarness.text(robot, "#step-title")).isEqualTo("Closing check: your breath now");
        h.runTo(robot, h.t + 31);

        // The summary, and the session saved in history.
        assertThat(h.app.screen()).isEqualTo(AppController.Screen.SUMMARY);
        h.settle();
        assertThat(AppHarness.text(robot, "#summary-saved")).isEqualTo("Saved to history.");
        assertThat(AppHarness.text(robot, "#summary-before")).matches("1[12]\\.\\d breaths/min");
        assertThat(AppHarness.text(robot, "#summary-after")).matches("1[12]\\.\\d breaths/min");
        assertThat(AppHarness.text(robot, "#summary-pain")).isEqualTo("Foam rolling the mid-back: ease; Prone rotations (left): skip, “sext rep: sore next to the spine”");
        assertThat(AppHarness.text(robot, "#summary-skipped")).contains("Cat-cow with control", "Prone rotations");
        assertThat(AppHarness.text(robot, "#summary-before")).isEqualTo(Format.rate(checkedIn) + " breaths/min");
        assertThat(h.history.sessions()).singleElement().satisfies(s -> {
            assertThat(s.outcome()).isEqualTo(SessionOutcome.COMPLETED);
            assertThat(s.restingRate()).as("the window's check-in").isCloseTo(checkedIn, within(1e-9));
            assertThat(s.closingRate()).isBetween(11.0, 13.0);
        });
        SessionSummary saved = h.history.sessions().get(0);
        assertThat(h.history.store().orElseThrow().session(saved.id()).pains())
                .extracting(PainReport::exercise, PainReport::choice, PainReport::note).containsExactly(
                        tuple("Foam rolling the mid-back", PainChoice.EASE, ""),
                        tuple("Prone rotations", PainChoice.SKIP, "sext rep: sore next to the spine"));

        // History shows it: one point on the chart at the check-in's resting rate.
        robot.clickOn("#summary-history");
        h.settle();
        assertThat(h.app.screen()).isEqualTo(AppController.Screen.HISTORY);
        LineChart<?, ?> chart = robot.lookup("#history-chart").queryAs(LineChart.class);
        assertThat(chart.getData().get(0).getData()).hasSize(1);
        assertThat(((Number) chart.getData().get(0).getData().get(0).getYValue()).doubleValue())
                .isEqualTo(saved.restingRate());
        assertThat(AppHarness.text(robot, "#history-streak")).startsWith("1 day in a row");
    }

    @Test
    void aCheckInOlderThanTenMinutesIsMeasuredAgainInTheSession(FxRobot robot) {
        h.runTo(robot, 36);
        assertThat(h.app.checkIn().restingRate()).isBetween(11.0, 13.0);
        h.runTo(robot, 36 + AppController.CHECK_IN_FRESH_S + 1, 0.5); // the person waits on the check-in screen
        robot.clickOn("#checkin-start");
        double s0 = h.t;
        assertThat(AppHarness.text(robot, "#step-title")).isEqualTo("Check-in: your resting breath");
        assertThat(AppHarness.text(robot, "#phase-word")).isEqualTo("Breathe normally");
        h.runTo(robot, s0 + 29);
        assertThat(AppHarness.text(robot, "#step-title")).as("its own 30 s").isEqualTo("Check-in: your resting breath");
        h.runTo(robot, s0 + 31);
        assertThat(AppHarness.text(robot, "#step-title")).startsWith("Slow breathing");
        assertThat(AppHarness.text(robot, "#notice")).matches("Resting rate: 1[12]\\.\\d breaths a minute\\.");
        robot.type(KeyCode.ESCAPE);
        h.runTo(robot, s0 + 31.1);
        h.settle();
        assertThat(h.history.sessions()).singleElement()
                .satisfies(s -> assertThat(s.restingRate()).isBetween(11.0, 13.0));
    }

    @Test
    void escapeEndsEarlyAndTheSummarySaysSo(FxRobot robot) {
        List<Settings> cueSettings = new ArrayList<>();
        List<SessionEvent> cued = new ArrayList<>();
        h.app.setCues(s -> {
            cueSettings.add(s);
            return cued::add;
        });
        robot.clickOn("#checkin-start");
        assertThat(AppHarness.text(robot, "#step-title")).as("no check-in done yet: the session's own runs")
                .isEqualTo("Check-in: your resting breath");
        assertThat(cueSettings).containsExactly(h.app.settings());
        assertThat(cued).first().isInstanceOf(SessionEvent.Started.class);
        h.runTo(robot, 5);
        robot.type(KeyCode.ESCAPE);
        h.runTo(robot, 5.1);
        assertThat(h.app.screen()).isEqualTo(AppController.Screen.SUMMARY);
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Session ended early");
        assertThat(AppHarness.text(robot, "#summary-done")).isEqualTo("none");
        assertThat(cued).last().isInstanceOf(SessionEvent.Ended.class);
        h.settle();
        assertThat(h.history.sessions()).singleElement()
                .satisfies(s -> assertThat(s.restingRate()).isNull());
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
