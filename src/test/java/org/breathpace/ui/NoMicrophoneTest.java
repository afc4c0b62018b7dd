package org.breathpace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** No microphone: the check-in says so once, and the session runs as a timed pacer. */
@ExtendWith(ApplicationExtension.class)
class NoMicrophoneTest {
    @TempDir
    Path dir;
    AppHarness h;

    @Start
    void start(Stage stage) {
        h = new AppHarness(stage, null, AppHarness.settings(1), dir);
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void sessionRunsByTimeAndSaysWhy(FxRobot robot) {
        assertThat(h.app.checkIn().stageProperty().get()).isEqualTo(CheckInViewModel.Stage.NO_MICROPHONE);
        assertThat(AppHarness.text(robot, "#checkin-instruction")).isEqualTo("No microphone was found.");
        assertThat(AppHarness.text(robot, "#checkin-advice")).contains("run by time alone");
        assertThat(robot.lookup("#checkin-again").queryButton().isDisabled()).isTrue();

        robot.clickOn("#checkin-start");
        assertThat(AppHarness.text(robot, "#notice")).startsWith("No microphone was found.").contains("timed pacer");
        assertThat(AppHarness.text(robot, "#rate")).isEqualTo("–");
        assertThat(AppHarness.text(robot, "#quality-words")).isEqualTo("no signal");
        // The session's check-in (30 s) and the breathing block (60 s) pass by the clock alone.
        h.runTo(robot, 31);
        assertThat(AppHarness.text(robot, "#step-title")).startsWith("Slow breathing");
        assertThat(AppHarness.text(robot, "#phase-word")).isIn("Breathe in", "Breathe out");
        assertThat(AppHarness.text(robot, "#adherence")).contains("unknown");
        h.runTo(robot, 92);
        assertThat(AppHarness.text(robot, "#step-title")).isEqualTo("Foam rolling the mid-back");
        assertThat(AppHarness.text(robot, "#notice")).contains("timed pacer");
    }
}
