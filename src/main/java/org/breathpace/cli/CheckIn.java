package org.breathpace.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.breathpace.audio.AudioInputException;
import org.breathpace.audio.Calibration;
import org.breathpace.audio.CalibrationResult;
import org.breathpace.audio.LiveSource;
import org.breathpace.audio.SourceListener;
import org.breathpace.audio.SourceStatus;

/**
 * {@code listen --calibrate}: runs a {@link Calibration} on a live source and prints its
 * countdown and findings. The audio thread only queues; this thread prints.
 */
final class CheckIn {
    private final PrintWriter out;
    private final boolean json;
    private final Calibration calibration;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final ObjectMapper mapper = new ObjectMapper();

    CheckIn(PrintWriter out, boolean json, double roomS, double breathingS) {
        this.out = out;
        this.json = json;
        this.calibration = new Calibration(roomS, breathingS, queue::offer);
    }

    int run(LiveSource source) throws InterruptedException {
        try {
            // Statuses are queued for printing before the calibration sees them; every call reaches it.
            source.start(SourceListener.both(new SourceListener() {
                @Override
                public void onStatus(SourceStatus s) {
                    queue.offer(s);
                }
            }, calibration));
        } catch (AudioInputException e) {
            throw new UserError(e.getMessage());
        }
        Thread hook = new Thread(source::close, "breathpace-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            while (!calibration.result().isDone() || !queue.isEmpty()) {
                Object e = queue.poll(100, TimeUnit.MILLISECONDS);
                if (e != null) {
                    print(e);
                }
            }
        } finally {
            source.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already shutting down
            }
        }
        print(calibration.result().join());
        return 0;
    }

    private void print(Object e) {
        if (e instanceof Calibration.Progress p) {
            if (json) {
                line(mapper.createObjectNode().put("type", "calibration_progress")
                        .put("stage", p.stage().name().toLowerCase(Locale.ROOT)).put("seconds_left", p.secondsLeft()));
            } else if (p.stage() != Calibration.Stage.DONE) {
                out.printf(Locale.ROOT, "\r%s %2d s\u001b[K", p.stage() == Calibration.Stage.ROOM
                        ? "Sit quietly, breathe softly:" : "Now breathe normally:      ", p.secondsLeft());
            } else {
                out.println();
            }
        } else if (e instanceof SourceStatus s) {
            if (json) {
                line(EventJson.of(mapper, s));
            } else if (s.status() != SourceStatus.Kind.STARTED && s.status() != SourceStatus.Kind.STOPPED) {
                out.printf("%n%s%n", s.message());
            }
        } else if (e instanceof CalibrationResult r) {
            if (json) {
                ObjectNode o = mapper.createObjectNode().put("type", "calibration");
                if (r.restingBreathsPerMin() == null) {
                    o.putNull("resting_breaths_per_min");
                } else {
                    o.put("resting_breaths_per_min", SummaryJson.round(r.restingBreathsPerMin(), 1));
                }
                o.put("noise_floor_db", SummaryJson.round(r.noiseFloorDb(), 1))
                        .put("breath_level_db", SummaryJson.round(r.breathLevelDb(), 1));
                if (Double.isNaN(r.snrDb())) {
                    o.putNull("snr_db");
                } else {
                    o.put("snr_db", SummaryJson.round(r.snrDb(), 1));
                }
                o.put("peak_dbfs", SummaryJson.round(r.peakDbfs(), 1)).put("clipped_fraction", SummaryJson.round(r.clippedFraction(), 6))
                        .put("breaths_heard", r.breathsHeard()).put("breathing_s", SummaryJson.round(r.breathingS(), 1));
                r.advice().forEach(o.putArray("advice")::add);
                line(o);
            } else {
                out.printf(Locale.ROOT, "Resting rate: %s%n", r.restingBreathsPerMin() == null ? "not heard"
                        : String.format(Locale.ROOT, "%.1f breaths/min", r.restingBreathsPerMin()));
                out.printf(Locale.ROOT, "Room: %.0f dBFS, breath: %.0f dBFS, breath over room: %s, loudest: %.0f dBFS%n",
                        r.noiseFloorDb(), r.breathLevelDb(),
                        Double.isNaN(r.snrDb()) ? "unknown" : String.format(Locale.ROOT, "%.0f dB", r.snrDb()), r.peakDbfs());
                if (r.good()) {
                    out.println("The microphone hears your breathing well.");
                }
                r.advice().forEach(out::println);
            }
        }
        out.flush();
    }

    private void line(ObjectNode o) {
        try {
            out.println(mapper.writeValueAsString(o));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
