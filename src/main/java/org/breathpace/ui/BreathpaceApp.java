package org.breathpace.ui;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.breathpace.routine.DefaultRoutine;
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
    private History history;
    private CuePlayer player;
    private AnimationTimer timer;

    @Override
    public void start(Stage stage) throws Exception {
        AppOptions options = AppOptions.parse(getParameters().getRaw().toArray(String[]::new), System.getenv());
        if (options.screenshots() != null) {
            new Screenshots(options).run(stage);
            Platform.exit();
            return;
        }
        SettingsStore store = new SettingsStore(options.dataDir());
        SettingsStore.Loaded loaded = store.load();
        history = History.open(options.dataDir(), StoreOptions.defaults());
        String notice = String.join(" ", loaded.problem(), String.join(" ", history.notices())).trim();
        controller = new AppController(loaded.settings(), notice, sources(options), history, DefaultRoutine.ROUTINE,
                store, TaskExecutor.singleWorker(), Platform::runLater, Clock.systemDefaultZone(),
                ZoneId.systemDefault(), devices(options));
        try {
            player = CuePlayer.open(TONE_RATE);
            Settings s = loaded.settings();
            controller.setCues(new ToneCues(new CueSettings(s.tones(), s.volume() / 100), TONE_RATE, player::play));
        } catch (AudioInputException e) {
            // No sound output: the session runs without tones (the pacer shows every phase anyway).
            player = null;
        }
        Scene scene = new Scene(controller.root(), 1200, 780);
        scene.getStylesheets().add(BreathpaceApp.class.getResource(CSS).toExternalForm());
        stage.setTitle("breathpace");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        controller.start();
        FrameStats stats = new FrameStats(60 * 60 * 10);
        double speed = options.speed();
        double timingS = options.frameTimingS();
        if (timingS > 0) {
            controller.startSession();
        }
        timer = new AnimationTimer() {
            private long t0 = -1;

            @Override
            public void handle(long now) {
                if (t0 < 0) {
                    t0 = now;
                }
                stats.frame(now);
                controller.frame((now - t0) / 1e9 * speed);
                if (timingS > 0 && (now - t0) / 1e9 >= timingS) {
                    stop();
                    report(stats);
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
            history.close();
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
