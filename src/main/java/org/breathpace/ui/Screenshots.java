package org.breathpace.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.breathpace.audio.FileReplaySource;
import org.breathpace.history.History;
import org.breathpace.history.RecorderListener;
import org.breathpace.history.SessionEnd;
import org.breathpace.history.SessionRecorder;
import org.breathpace.history.SessionStart;
import org.breathpace.history.StoreOptions;
import org.breathpace.routine.DefaultRoutine;
import org.breathpace.routine.PainChoice;

/**
 * Writes the README's screenshots from the real app in known states: check-in, breathing, an
 * exercise, the pain dialog, the summary and history, in the light and the dark theme. The
 * recording given with {@code --input} is replayed in step with simulated time
 * ({@link LockstepClock}), so every run shows the same thing. History holds a fixed set of
 * example sessions so its chart has something to show.
 */
final class Screenshots {
    static final double FPS = 30;
    private final AppOptions options;

    Screenshots(AppOptions options) {
        this.options = options;
    }

    void run(Stage stage) throws IOException, InterruptedException {
        if (options.input() == null) {
            throw new IOException("--screenshots needs --input FILE: the recording that stands in for the microphone.");
        }
        Files.createDirectories(options.screenshots());
        for (String theme : List.of("light", "dark")) {
            shoot(stage, theme);
        }
    }

    private void shoot(Stage stage, String theme) throws IOException, InterruptedException {
        LockstepClock clock = new LockstepClock();
        Instant today = Instant.parse("2026-11-25T09:00:00Z");
        Settings settings = new Settings("", "diaphragmatic", 1, true, 6, true, 40, theme, 15);
        Path data = Files.createTempDirectory("breathpace-shots");
        History history = History.open(data, StoreOptions.defaults());
        exampleHistory(history, today);
        AppController.Sources sources = device -> {
            FileReplaySource replay = new FileReplaySource(options.input(), 1, clock, clock).looping();
            clock.expectReplay();
            return replay;
        };
        AppController app = new AppController(settings, "", sources, () -> history, DefaultRoutine.ROUTINE,
                new SettingsStore(data), TaskExecutor.SAME_THREAD,
                Runnable::run, Clock.fixed(today, ZoneOffset.UTC), ZoneOffset.UTC,
                () -> List.of("Recording: " + options.input().getFileName()));
        Scene scene = new Scene(app.root(), 1280, 860);
        scene.getStylesheets().add(Screenshots.class.getResource(BreathpaceApp.CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
        app.start();
        double[] t = {0};
        Runner run = until -> {
            while (t[0] < until) {
                t[0] += 1 / FPS;
                clock.advanceTo(t[0]);
                app.frame(t[0]);
            }
        };
        run.to(36);
        save(scene, "checkin", theme);
        app.startSession(); // the check-in just done stands for the session's own: straight to the breathing
        run.to(t[0] + 34); // the trace's 30 s all from the breathing block
        save(scene, "breathing", theme);
        app.session().skip();
        run.to(t[0] + 12);
        save(scene, "exercise", theme);
        app.session().pain();
        app.frame(t[0]);
        save(scene, "pain", theme);
        app.session().painChoice(PainChoice.EASE);
        while (app.session().stepTitleProperty().get().startsWith("Foam")) {
            run.to(t[0] + 1); // the eased exercise runs to its end
        }
        while (!app.session().stepTitleProperty().get().startsWith("Closing")) {
            app.session().skip();
        }
        run.to(t[0] + 31);
        save(scene, "summary", theme);
        app.showHistory();
        app.frame(t[0]);
        save(scene, "history", theme);
        app.close();
        history.close();
    }

    /** Moves simulated time to {@code until} seconds, a frame at a time. */
    @FunctionalInterface
    private interface Runner {
        void to(double until) throws InterruptedException;
    }

    /** Twelve example sessions over the last two weeks, resting rate easing down, written through the real store. */
    static void exampleHistory(History history, Instant today) throws InterruptedException {
        double[] rates = {14.8, 14.1, 14.6, 13.2, 13.5, 12.4, 12.9, 11.8, 12.1, 11.0, 11.4, 10.6};
        int[] daysAgo = {15, 14, 12, 10, 9, 8, 6, 5, 4, 3, 2, 1};
        for (int i = 0; i < rates.length; i++) {
            Instant start = today.minus(Duration.ofDays(daysAgo[i]));
            SessionRecorder r = history.startRecorder(new SessionStart(new UUID(7, i), start, "mid-back daily",
                    "diaphragmatic"), RecorderListener.NONE);
            r.checkIn(rates[i]);
            r.finish(new SessionEnd(start.plus(Duration.ofMinutes(11 + i % 3)), rates[i] - 2.5, 200 + 10 * i,
                    0.6 + 0.02 * i, true));
            try {
                r.flush().get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("could not write the example history", e);
            }
        }
    }

    private void save(Scene scene, String name, String theme) throws IOException {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Path file = options.screenshots().resolve(name + "-" + theme + ".png");
        ImageIO.write(out, "png", file.toFile());
        System.out.println("wrote " + file);
    }
}
