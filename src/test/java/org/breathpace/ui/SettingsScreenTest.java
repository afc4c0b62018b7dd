package org.breathpace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The settings screen: a bad value gets one sentence and nothing is saved; a good one is saved and applied. */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    @TempDir
    Path dir;
    AppHarness h;

    @Start
    void start(Stage stage) {
        h = new AppHarness(stage, AppHarness.CALM, AppHarness.settings(4), dir);
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void badValuesAreRefusedGoodOnesSavedAndApplied(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        TextField minutes = robot.lookup("#settings-minutes").queryAs(TextField.class);
        robot.interact(() -> minutes.setText("45"));
        robot.clickOn("#settings-save");
        assertThat(robot.lookup("#settings-error").queryAs(Label.class).getText())
                .isEqualTo("The breathing block must be between 1 and 20 minutes, not 45.");
        assertThat(Files.exists(dir.resolve("settings.json"))).isFalse();

        robot.interact(() -> minutes.setText("five"));
        robot.clickOn("#settings-save");
        assertThat(robot.lookup("#settings-error").queryAs(Label.class).getText())
                .isEqualTo("The breathing block must be a number, not \"five\".");

        robot.interact(() -> minutes.setText("2"));
        robot.clickOn("#settings-dark");
        robot.clickOn("#settings-save");
        h.settle();
        assertThat(robot.lookup("#settings-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#settings-message").queryAs(Label.class).getText()).startsWith("Saved to ");
        assertThat(h.app.root().getStyleClass()).contains("theme-dark");
        assertThat(h.app.routine().breathing().seconds()).isEqualTo(120);
        Settings reread = new SettingsStore(dir).load().settings();
        assertThat(reread.breatheMinutes()).isEqualTo(2);
        assertThat(reread.dark()).isTrue();
    }
}
