package org.breathpace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The check-in screen, with a labelled recording (12 breaths a minute) standing in for the microphone. */
@ExtendWith(ApplicationExtension.class)
class CheckInScreenTest {
    @TempDir
    static Path dir;
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
    void recordingGivesItsRestingRateAndTheCalibrationsAdvice(FxRobot robot) {
        assertThat(robot.lookup("#checkin-instruction").queryAs(Label.class).getText()).contains("quiet");
        h.runTo(robot, 3);
        assertThat(h.app.checkIn().stageProperty().get()).isEqualTo(CheckInViewModel.Stage.ROOM);
        h.runTo(robot, 10);
        assertThat(h.app.checkIn().stageProperty().get()).isEqualTo(CheckInViewModel.Stage.BREATHING);
        assertThat(robot.lookup("#checkin-instruction").queryAs(Label.class).getText()).contains("breathe normally");
        h.runTo(robot, 36);
        assertThat(h.app.checkIn().stageProperty().get()).isEqualTo(CheckInViewModel.Stage.DONE);
        assertThat(h.app.checkIn().restingRate()).isBetween(11.0, 13.0);
        assertThat(robot.lookup("#checkin-result").queryAs(Label.class).getText()).startsWith("Resting rate 11.");
        // The recording breathes from its first second, so the "quiet room" is not quiet: the
        // calibration's own advice is shown as it words it.
        var result = h.app.checkIn().result();
        assertThat(robot.lookup("#checkin-advice").queryAs(Label.class).getText())
                .isEqualTo(result.good() ? "The microphone hears your breath well." : String.join("\n", result.advice()))
                .isNotBlank();
        assertThat(h.app.checkIn().result().snrDb()).isGreaterThan(15);
        assertThat(h.app.checkIn().result().breathsHeard()).isGreaterThanOrEqualTo(8);
    }
}
