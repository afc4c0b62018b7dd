package org.breathpace.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.breathpace.audio.AudioInputException;
import org.breathpace.audio.FileReplaySource;
import org.breathpace.history.History;
import org.breathpace.history.StoreOptions;
import org.breathpace.routine.DefaultRoutine;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app wired with simulated time: a recording replayed (looped) in lock-step with the
 * frames ({@link LockstepClock}), the real SQLite history in a temporary folder, background work
 * on the calling thread. Tests move time with {@link #runTo}; nothing sleeps for timing.
 */
final class AppHarness {
    static final Path CALM = Path.of("audio-fixtures/calm-12bpm.wav");
    static final Instant TODAY = Instant.parse("2026-11-25T09:00:00Z");

    final LockstepClock clock = new LockstepClock();
    final History history;
    final AppController app;
    final Scene scene;
    double t;

    /** @param input a recording, or null for "no microphone" */
    AppHarness(Stage stage, Path input, Settings settings, Path dataDir) {
        AppController.Sources sources = device -> {
            if (input == null) {
                throw new AudioInputException("No microphone was found.");
            }
            FileReplaySource replay = new FileReplaySource(input, 1, clock, clock).looping();
            clock.expectReplay();
            return replay;
        };
        history = History.open(dataDir, StoreOptions.defaults());
        app = new AppController(settings, "", sources, () -> history, DefaultRoutine.ROUTINE, new SettingsStore(dataDir),
                TaskExecutor.SAME_THREAD, Platform::runLater, Clock.fixed(TODAY, ZoneOffset.UTC), ZoneOffset.UTC,
                () -> List.of(input == null ? "Default microphone" : "Recording: " + input.getFileName()));
        scene = new Scene(app.root(), 1200, 780);
        scene.getStylesheets().add(AppHarness.class.getResource(BreathpaceApp.CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
        app.start();
    }

    /** The text of the label with this CSS id ("#rate" and so on). */
    static String text(org.testfx.api.FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
    }

    static Settings settings(double breatheMinutes) {
        return new Settings("", "diaphragmatic", breatheMinutes, true, 6, false, 40, "light", 15);
    }

    /** Runs frames at 30 per simulated second up to {@code until}, all on the FX thread. */
    void runTo(FxRobot robot, double until) {
        runTo(robot, until, 1.0 / 30);
    }

    /** Runs frames {@code frameS} simulated seconds apart up to {@code until} (long waits, where smoothness does not matter). */
    void runTo(FxRobot robot, double until, double frameS) {
        robot.interact(() -> {
            while (t < until) {
                t = Math.min(until, t + frameS);
                try {
                    clock.advanceTo(t);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                app.frame(t);
            }
        });
    }

    /** Waits for work handed back to the FX thread (saving, history reads). */
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close() {
        app.close();
        history.close();
    }
}
