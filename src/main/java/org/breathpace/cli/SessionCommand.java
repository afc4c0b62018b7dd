package org.breathpace.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.breathpace.audio.AudioInputException;
import org.breathpace.audio.Calibration;
import org.breathpace.audio.CalibrationResult;
import org.breathpace.audio.CuePlayer;
import org.breathpace.audio.FileReplaySource;
import org.breathpace.audio.LiveSource;
import org.breathpace.audio.MicrophoneSource;
import org.breathpace.audio.SourceListener;
import org.breathpace.audio.SourceStatus;
import org.breathpace.breath.BreathEvent;
import org.breathpace.history.DataDirectory;
import org.breathpace.history.History;
import org.breathpace.history.RecorderStatus;
import org.breathpace.history.SessionSaver;
import org.breathpace.history.StoreOptions;
import org.breathpace.routine.CueSettings;
import org.breathpace.routine.DefaultRoutine;
import org.breathpace.routine.Routine;
import org.breathpace.routine.RoutineFile;
import org.breathpace.routine.RoutineFileException;
import org.breathpace.routine.Session;
import org.breathpace.routine.SessionEvent;
import org.breathpace.routine.SessionListener;
import org.breathpace.routine.ToneCues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code breathpace session}: the breathe-then-move session in the terminal. The audio thread only
 * queues detector events; this thread drives the {@link Session} with them and with the clock
 * (scaled by {@code --speed}), reads typed keys from a second thread's queue, and prints.
 */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = {"Runs the breathe-then-move session in the terminal: a check of your resting breath, paced slow "
                + "breathing, five mid-back exercises, and a summary.",
                "With a terminal, type a key and Enter: p pause/resume, s skip, b back, h pain, q end."})
public final class SessionCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    /** Sample rate of the cue tones, Hz. */
    private static final float TONE_RATE = 22050;

    @Option(names = "--routine", paramLabel = "FILE", description = "A routine file (JSON) instead of the built-in routine.")
    Path routineFile;

    @Option(names = "--input", paramLabel = "FILE", description = "A WAV recording stands in for the microphone (replayed in a loop).")
    Path input;

    @Option(names = "--device", paramLabel = "NAME", description = "Capture device: a part of its name or its number (see 'devices').")
    String device;

    @Option(names = "--no-mic", description = "Do not listen: a timed pacer, adherence unknown.")
    boolean noMic;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "1",
            description = "Run simulated time N times faster (demos, tests); 0.1–100. Default: ${DEFAULT-VALUE}.")
    double speed;

    @Option(names = "--format", defaultValue = "text", description = "text (for people) or jsonl (every session event as a JSON line). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--tones", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Soft tones for inhale, exhale, side switch and next exercise (at --speed 1). Default: on.")
    boolean tones;

    @Option(names = "--volume", paramLabel = "PERCENT", defaultValue = "60", description = "Tone volume 0–100. Default: ${DEFAULT-VALUE}.")
    int volume;

    @Option(names = "--save", negatable = true,
            description = "Keep the session in your history. Default: on for a real session; off for a demo "
                    + "(--input FILE or --speed other than 1).")
    Boolean save;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder holding the history (default: see 'history --help').")
    Path dataDir;

    @Spec
    CommandSpec spec;

    private volatile boolean stopRequested;
    /** Seconds of audio the source has delivered (written on the audio thread per block, no allocation). */
    private volatile double streamS;
    /** False while the source is stalled or once it lost its input: the session then runs on the clock alone. */
    private volatile boolean streamTrusted = true;

    /**
     * How far the session clock may run ahead of the audio delivered: the session waits for a
     * source that lags (a cold JIT at --speed 20, a busy machine) rather than judging breaths the
     * detector has not heard yet.
     */
    static final double MAX_LEAD_S = 0.25;

    @Override
    public Integer call() throws InterruptedException {
        int sources = (input != null ? 1 : 0) + (device != null ? 1 : 0) + (noMic ? 1 : 0);
        if (sources > 1) {
            throw new UserError("Use only one of --input FILE, --device NAME and --no-mic.");
        }
        if (!(speed >= 0.1 && speed <= 100)) {
            throw new UserError("--speed must be 0.1–100, not " + speed + ".");
        }
        if (speed != 1 && input == null && !noMic) {
            throw new UserError("--speed works only with --input FILE or --no-mic: a microphone runs in real time.");
        }
        if (volume < 0 || volume > 100) {
            throw new UserError("--volume must be 0–100, not " + volume + ".");
        }
        Routine routine = DefaultRoutine.ROUTINE;
        if (routineFile != null) {
            try {
                routine = RoutineFile.read(routineFile);
            } catch (RoutineFileException e) {
                throw new UserError(e.getMessage() + " Without --routine the built-in routine runs.");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter notes = format == Format.jsonl ? spec.commandLine().getErr() : out;
        BlockingQueue<String> historyNotes = new LinkedBlockingQueue<>();
        boolean saving = save != null ? save : input == null && speed == 1;
        History history = saving ? History.open(DataDirectory.resolveForThisProcess(dataDir), StoreOptions.defaults()) : null;
        if (history != null) {
            history.notices().forEach(historyNotes::offer);
        }
        BlockingQueue<Object> audio = new LinkedBlockingQueue<>();
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();
        LiveSource source = openSource();
        double calibrationBreathingS = routine.checkInS() - Calibration.ROOM_S - 1;
        Calibration calibration = source != null && calibrationBreathingS >= 10
                ? new Calibration(Calibration.ROOM_S, calibrationBreathingS, Calibration.ProgressListener.NONE) : null;
        if (calibration != null) {
            // completes on the audio thread at the block that ends the check-in: keep that stream time
            calibration.result().thenAccept(r -> audio.offer(new Calibrated(r, streamS)));
        }
        if (source != null && !startSource(source, audio, notes, calibration == null ? new SourceListener() { } : calibration)) {
            source = null;
        }
        final LiveSource started = source;
        boolean terminal = System.console() != null && format == Format.text;
        CuePlayer player = openPlayer(notes);
        ObjectMapper mapper = new ObjectMapper();
        SessionText text = new SessionText(!terminal);
        SessionListener printer = e -> {
            if (format == Format.jsonl) {
                out.println(json(mapper, e));
            } else {
                String lines = text.lines(e);
                if (!lines.isEmpty()) {
                    out.print(terminal ? "\r\u001b[K" + lines : lines);
                }
            }
            out.flush();
        };
        SessionListener cues = player == null ? SessionListener.NONE
                : new ToneCues(new CueSettings(true, volume / 100.0), TONE_RATE, player::play);
        SessionSaver saver = history == null ? null : new SessionSaver(history, startedAt, status -> {
            if (status.state() == RecorderStatus.State.NOT_SAVING && !status.message().isEmpty()) {
                historyNotes.offer(status.message());
            }
        });
        Session session = new Session(routine, source != null,
                SessionListener.all(printer, cues, saver == null ? SessionListener.NONE : saver));
        if (calibration != null) {
            session.quietRoomFirst(Calibration.ROOM_S);
        }
        BlockingQueue<String> keys = new LinkedBlockingQueue<>();
        if (terminal) {
            readKeys(keys);
            out.println(SessionKeys.HELP);
        }
        // Ctrl-C: ask the main loop to end the session (so the summary is still printed), then stop listening.
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stopRequested = true;
            try {
                main.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (started != null) {
                started.close();
            }
        }, "breathpace-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            session.start(0, startedAt);
            long lastLive = 0;
            while (session.status() != Session.Status.FINISHED) {
                Object e = audio.poll(20, TimeUnit.MILLISECONDS);
                double now = (System.nanoTime() - t0) / 1e9 * speed;
                if (started != null && streamTrusted) {
                    now = Math.min(now, streamS + MAX_LEAD_S);
                }
                while (e != null) {
                    handle(e, session, notes);
                    e = audio.poll();
                }
                for (String n = historyNotes.poll(); n != null; n = historyNotes.poll()) {
                    notes.println((terminal ? "\r\u001b[K" : "") + n);
                    notes.flush();
                }
                for (String k = keys.poll(); k != null; k = keys.poll()) {
                    String reply = SessionKeys.apply(k, session, now);
                    if (reply != null) {
                        out.println("\r\u001b[K" + reply);
                    }
                }
                session.tick(now);
                if (stopRequested) {
                    session.end(now);
                }
                if (terminal && System.nanoTime() - lastLive > 200_000_000L && session.status() != Session.Status.FINISHED) {
                    out.print(SessionText.live(session.view()));
                    out.flush();
                    lastLive = System.nanoTime();
                }
            }
        } finally {
            if (source != null) {
                source.close();
            }
            if (player != null) {
                player.close();
            }
            if (history != null) {
                finishSaving(saver, history, notes);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already shutting down: the hook is running
            }
        }
        return 0;
    }

    /** Waits (a few seconds at most) for the session to reach the disk, then says where it is kept. */
    private void finishSaving(SessionSaver saver, History history, PrintWriter notes) {
        try (history) {
            if (saver.recorder() == null) {
                return;
            }
            try {
                saver.recorder().flush().get(5, TimeUnit.SECONDS);
                notes.println("Saved to your history (" + history.store().map(st -> st.file().toString()).orElse("?")
                        + "): 'breathpace history show " + saver.id().toString().substring(0, 8) + "'.");
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                notes.println("This session could not be saved to your history: " + saver.recorder().status().message());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            notes.flush();
        }
    }

    private LiveSource openSource() {
        if (noMic) {
            return null;
        }
        try {
            if (input != null) {
                return FileReplaySource.realTime(input, speed).looping();
            }
            return new MicrophoneSource(device);
        } catch (AudioInputException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Starts listening; false (after saying so) when the default microphone cannot be opened. */
    private boolean startSource(LiveSource source, BlockingQueue<Object> audio, PrintWriter notes, SourceListener also) {
        try {
            // the stream's own state first, then the event queued for the session's thread
            source.start(SourceListener.both(also, SourceListener.both(new SourceListener() {
                @Override
                public void onLevel(double rmsDbfs, double peakDbfs, double startS, double endS) {
                    streamS = endS;
                }

                @Override
                public void onStatus(SourceStatus s) {
                    if (s.status() == SourceStatus.Kind.STALLED || s.status() == SourceStatus.Kind.INPUT_LOST) {
                        streamTrusted = false;
                    } else if (s.status() == SourceStatus.Kind.RESUMED) {
                        streamTrusted = true; // stream time has caught up with the clock (MicrophoneSource)
                    }
                }
            }, SourceListener.queueing(audio))));
            return true;
        } catch (AudioInputException e) {
            if (device != null || input != null) {
                throw new UserError(e.getMessage());
            }
            notes.println(e.getMessage() + " Running as a timed pacer without listening: adherence will be unknown.");
            notes.flush();
            return false;
        }
    }

    private void handle(Object e, Session session, PrintWriter notes) {
        if (e instanceof BreathEvent b) {
            session.onBreath(b);
        } else if (e instanceof Calibrated c) {
            CalibrationResult r = c.result();
            session.calibrated(c.atS(), r.restingBreathsPerMin(), r.snrDb(), r.advice());
        } else if (e instanceof SourceStatus s && s.status() != SourceStatus.Kind.STOPPED) {
            notes.println(format == Format.jsonl ? s.message() : "  " + SessionText.clock(s.emittedS()) + "  " + s.message());
            notes.flush();
        }
    }

    /** A check-in's findings with the stream time they were complete at. */
    private record Calibrated(CalibrationResult result, double atS) { }

    private CuePlayer openPlayer(PrintWriter notes) {
        if (!tones || volume == 0) {
            return null;
        }
        if (speed != 1) {
            notes.println("Tones are off at --speed other than 1.");
            return null;
        }
        try {
            return CuePlayer.open(TONE_RATE);
        } catch (AudioInputException e) {
            notes.println(e.getMessage());
            return null;
        }
    }

    private static void readKeys(BlockingQueue<String> keys) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    keys.offer(line);
                }
            } catch (java.io.IOException e) {
                // no more keys: the session simply runs on
            }
        }, "breathpace-keys");
        t.setDaemon(true);
        t.start();
    }

    private static String json(ObjectMapper mapper, SessionEvent e) {
        try {
            return mapper.writeValueAsString(SessionJson.of(mapper, e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
