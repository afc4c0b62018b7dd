package org.breathpace.ui;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.breathpace.audio.AudioInputException;
import org.breathpace.audio.CaptureDevices;
import org.breathpace.audio.CuePlayer;
import org.breathpace.audio.FileReplaySource;
import org.breathpace.audio.MicrophoneSource;
import org.breathpace.history.History;
import org.breathpace.history.StoreOptions;
import org.breathpace.routine.CueSettings;
import org.breathpace.routine.ToneCues;

/**
 * The breathpace window. Wires everything with constructors (no singletons): options, settings
 * store, input, history, worker thread, clock; then one {@link AnimationTimer} drives
 * {@link AppController#frame} once per frame. Hidden options: {@code --screenshots DIR} writes
 * the documented screenshots and exits; {@code --frame-timing S} runs a live session for S
 * seconds and prints frame timing.
 */
public final class BreathpaceApp extends Application {
    static final String CSS = "/org/breathpace/ui/breathpace.css";

    static final float TONE_RATE = 22050;

    private AppController controller;
    private CompletableFuture<History> history;
    private CuePlayer player;
    private AnimationTimer timer;

    @Override
    public void start(Stage stage) throws Exception {
        long startNanos = System.nanoTime();
        long launchMs = System.currentTimeMillis();
        AppOptions options = AppOptions.parse(getParameters().getRaw().toArray(String[]::new), System.getenv());
        if (options.screenshots() != null) {
            new Screenshots(options).run(stage);
            Platform.exit();
            return;
        }
        SettingsStore store = new SettingsStore(options.dataDir());
        SettingsStore.Loaded loaded = store.load();
        TaskExecutor worker = TaskExecutor.singleWorker();
        // SQLite (and its native library) opens on the worker while the window comes up.
        CompletableFuture<History> opening = CompletableFuture.supplyAsync(
                () -> History.open(options.dataDir(), StoreOptions.defaults()), worker::execute);
        history = opening;
        controller = new AppController(loaded.settings(), loaded.problem(), sources(options), opening::join,
                options.routine(), store, worker, Platform::runLater, Clock.systemDefaultZone(),
                ZoneId.systemDefault(), devices(options));
        try {
            CuePlayer opened = CuePlayer.open(TONE_RATE);
            player = opened;
            controller.setCues(s -> new ToneCues(new CueSettings(s.tones(), s.volume() / 100), TONE_RATE, opened::play));
        } catch (AudioInputException e) {
            // No sound output: the session runs without tones (the pacer shows every phase anyway).
            player = null;
        }
        long tWired = System.nanoTime();
        Scene scene = new Scene(controller.root(), 1200, 780);
        scene.getStylesheets().add(BreathpaceApp.class.getResource(CSS).toExternalForm());
        stage.setTitle("breathpace");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        controller.start();
        FrameStats stats = new FrameStats(60 * 60 * 10);
        long[] work = new long[60 * 60 * 10];
        int[] works = {0};
        double speed = options.speed();
        double timingS = options.frameTimingS();
        timer = new AnimationTimer() {
            private long t0 = -1;

            @Override
            public void handle(long now) {
                stats.frame(now);
                if (t0 < 0) {
                    t0 = now;
                    if (timingS > 0) {
                        // Timing run: a session with live detection from the first frame on.
                        controller.startSession();
                    }
                }
                long before = System.nanoTime();
                controller.frame((now - t0) / 1e9 * speed);
                if (works[0] < work.length) {
                    work[works[0]++] = System.nanoTime() - before;
                }
                if (timingS > 0 && (now - t0) / 1e9 >= timingS) {
                    stop();
                    report(stats);
                    FrameStats w = new FrameStats(works[0] + 1);
                    long at = 0;
                    w.frame(at);
                    for (int i = 0; i < works[0]; i++) {
                        at += work[i];
                        w.frame(at);
                    }
                    System.out.println(String.format(Locale.ROOT,
                            "  work in the frame handler (drain, session, view model, trace): median %.2f ms, p99 %.2f ms, max %.1f ms",
                            w.percentileMs(50), w.percentileMs(99), w.maxMs()));
                    System.out.println(String.format(Locale.ROOT, "  (in start(): wiring and settings %.0f ms)",
                            (tWired - startNanos) / 1e6));
                    System.out.println(String.format(Locale.ROOT, "  (JVM start to Application.start: %d ms)",
                            launchMs - ManagementFactory.getRuntimeMXBean().getStartTime()));
                    Platform.exit();
                }
            }
        };
        timer.start();
        stage.show();
    }

    private static void report(FrameStats stats) {
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        long firstFrameMs = System.currentTimeMillis() - (System.nanoTime() - stats.firstFrameNanos()) / 1_000_000;
        System.out.println(String.format(Locale.ROOT, "start to first frame %d ms (from JVM start); %s; renderer %s",
                firstFrameMs - jvmStartMs, stats.summary(), System.getProperty("prism.order", "default")));
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
        }
        if (controller != null) {
            controller.close();
        }
        if (player != null) {
            player.close();
        }
        if (history != null) {
            history.join().close();
        }
    }

    static AppController.Sources sources(AppOptions options) {
        return device -> {
            if (options.noMic()) {
                throw new AudioInputException("No microphone is in use (--no-mic).");
            }
            if (options.input() != null) {
                return FileReplaySource.realTime(options.input(), options.speed()).looping();
            }
            return new MicrophoneSource(device == null || device.isBlank() ? null : device);
        };
    }

    static Supplier<List<String>> devices(AppOptions options) {
        return () -> {
            List<String> names = new ArrayList<>();
            if (options.input() != null) {
                names.add("Recording: " + options.input().getFileName());
                return names;
            }
            names.add("Default microphone");
            if (!options.noMic()) {
                for (CaptureDevices.Device d : CaptureDevices.list()) {
                    names.add(d.name());
                }
            }
            return names;
        };
    }
}
