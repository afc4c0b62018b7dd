package org.breathpace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import org.breathpace.audio.AudioInputException;
import org.breathpace.audio.FileReplaySource;
import org.breathpace.audio.LiveSource;
import org.breathpace.audio.MicrophoneSource;
import org.breathpace.audio.SourceListener;
import org.breathpace.audio.SourceStatus;
import org.breathpace.breath.BreathEvent;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.SignalQuality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code breathpace listen}: runs the detector live on the microphone (or on a recording replayed
 * in real time) and prints events as they happen. The audio thread only queues events; this
 * thread prints them.
 */
@Command(name = "listen", mixinStandardHelpOptions = true,
        description = "Listens live and prints breath phases, rate, quality and status as they happen.")
public final class ListenCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Option(names = "--device", paramLabel = "NAME", description = "Capture device: a part of its name or its number (see 'devices').")
    String device;

    @Option(names = "--input", paramLabel = "FILE", description = "Replay this WAV file in real time instead of the microphone.")
    Path input;

    @Option(names = "--seconds", paramLabel = "N", description = "Stop after N seconds of audio (default: until Ctrl-C or the recording ends).")
    Double seconds;

    @Option(names = "--speed", hidden = true, defaultValue = "1", description = "Replay speed for --input (tests, demos).")
    double speed;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (one JSON object per event) or text (a live line). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--calibrate", description = "Check in instead: measure the quiet room, then normal breathing,"
            + " and report the resting rate, noise floor, SNR and what to change.")
    boolean calibrate;

    @Option(names = "--room-seconds", paramLabel = "N", defaultValue = "5",
            description = "With --calibrate: seconds of quiet room (1-30). Default: ${DEFAULT-VALUE}.")
    double roomSeconds;

    @Option(names = "--breathing-seconds", paramLabel = "N", defaultValue = "30",
            description = "With --calibrate: seconds of normal breathing (10-120). Default: ${DEFAULT-VALUE}.")
    double breathingSeconds;

    @Spec
    CommandSpec spec;

    /** Latest block level, dBFS, and stream time, s: written by the audio thread. */
    private volatile double level = -120;
    private volatile double streamS;

    @Override
    public Integer call() throws InterruptedException {
        if (input != null && device != null) {
            throw new UserError("Use either --input FILE or --device NAME, not both.");
        }
        if (seconds != null && !(seconds > 0)) {
            throw new UserError("--seconds must be a positive number of seconds, not " + seconds + ".");
        }
        if (!(speed > 0)) {
            throw new UserError("--speed must be positive, not " + speed + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (calibrate) {
            if (!(roomSeconds >= 1 && roomSeconds <= 30) || !(breathingSeconds >= 10 && breathingSeconds <= 120)) {
                throw new UserError("--room-seconds must be 1 to 30 and --breathing-seconds 10 to 120, not "
                        + roomSeconds + " and " + breathingSeconds + ".");
            }
            return new CheckIn(out, format == Format.jsonl, roomSeconds, breathingSeconds).run(open());
        }
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        SourceListener listener = SourceListener.both(SourceListener.queueing(events), new SourceListener() {
            @Override
            public void onLevel(double rmsDbfs, double peakDbfs, double startS, double endS) {
                // two volatile writes a block: what the printing thread needs between events
                level = rmsDbfs;
                streamS = endS;
            }
        });
        LiveSource source = open();
        try {
            source.start(listener);
        } catch (AudioInputException e) {
            throw new UserError(e.getMessage());
        }
        Thread hook = new Thread(source::close, "breathpace-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ObjectMapper mapper = new ObjectMapper();
        TextLine line = new TextLine();
        try {
            while (true) {
                Object e = events.poll(200, TimeUnit.MILLISECONDS);
                if (e == null) {
                    // no event (a silent input emits none): the time limit and the level still move
                    if (seconds != null && streamS > seconds) {
                        break;
                    }
                    if (format == Format.text) {
                        out.print(line.level(level, streamS));
                        out.flush();
                    }
                    continue;
                }
                double at = emitted(e);
                if (seconds != null && at > seconds) {
                    break;
                }
                if (format == Format.jsonl) {
                    out.println(mapper.writeValueAsString(EventJson.of(mapper, e)));
                } else {
                    out.print(line.update(e));
                }
                out.flush();
                if (e instanceof SourceStatus s && (s.status() == SourceStatus.Kind.STOPPED
                        || s.status() == SourceStatus.Kind.INPUT_LOST)) {
                    break;
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        } finally {
            source.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already shutting down: the hook is running
            }
        }
        if (format == Format.text) {
            out.println();
        }
        return 0;
    }

    /** The recording (with --input) or the microphone, not yet started. */
    private LiveSource open() {
        try {
            return input != null ? FileReplaySource.realTime(input, speed) : new MicrophoneSource(device);
        } catch (AudioInputException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static double emitted(Object e) {
        if (e instanceof BreathEvent b) {
            return b.emittedS();
        }
        return ((SourceStatus) e).emittedS();
    }

    /** The one-line live display: time, phase, rate, quality. */
    static final class TextLine {
        private String phase = "—";
        private String rate = "rate –";
        private String quality = "";
        private String meter = bar(-120);
        private double lastS;

        /** Redraws the line with the input's current level (between events). */
        String level(double rmsDbfs, double streamS) {
            meter = bar(rmsDbfs);
            lastS = streamS;
            return draw(streamS);
        }

        /** A 12-step level bar from -72 to 0 dBFS. */
        static String bar(double rmsDbfs) {
            int n = (int) Math.max(0, Math.min(12, Math.round((rmsDbfs + 72) / 6)));
            return "level [" + "|".repeat(n) + " ".repeat(12 - n) + "]";
        }

        private String draw(double t) {
            return String.format(Locale.ROOT, "\r%6.1f s  %-7s %s  %s  %s\u001b[K", t, phase, rate, meter, quality);
        }

        String update(Object e) {
            double t = emitted(e);
            if (e instanceof PhaseStarted p) {
                phase = p.phase().id();
            } else if (e instanceof PhaseEnded) {
                phase = "pause";
            } else if (e instanceof RateUpdated r) {
                rate = String.format(Locale.ROOT, "%4.1f breaths/min", r.breathsPerMin());
            } else if (e instanceof SignalQuality q) {
                int bars = Double.isNaN(q.snrDb()) ? 0 : (int) Math.max(0, Math.min(10, q.snrDb() / 3));
                quality = "signal [" + "#".repeat(bars) + " ".repeat(10 - bars) + "]"
                        + (q.warnings().isEmpty() ? "" : " " + q.warnings().get(0).advice());
            } else if (e instanceof SourceStatus s) {
                return String.format(Locale.ROOT, "\r%s\u001b[K%n", s.message());
            }
            lastS = Math.max(lastS, t);
            return draw(lastS);
        }
    }
}
