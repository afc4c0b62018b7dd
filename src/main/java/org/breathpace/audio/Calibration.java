package org.breathpace.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.QualityWarning;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.SignalQuality;

/**
 * The check-in: a few seconds of the room (the person sits quietly), then about half a minute
 * of normal breathing. It finds the resting breath rate, the room's noise floor, how far the
 * breath stands above it, and what to change when the microphone does not hear the breath well
 * (closer, quieter room, more gain, less gain).
 *
 * <p>Use: create one, start any {@link LiveSource} with it as the listener (or forward a
 * listener's calls to it), and wait on {@link #result()}; close the source when it completes.
 * Stages follow the stream time of what it is fed, never the wall clock, so it runs the same on
 * a microphone, on a recording replayed in real time, and on a file fed as fast as possible.
 * <pre>{@code
 * Calibration check = new Calibration(Calibration.ROOM_S, Calibration.BREATHING_S, progress -> show(progress));
 * try (LiveSource mic = new MicrophoneSource(null)) {
 *     mic.start(check);
 *     CalibrationResult r = check.result().get(60, TimeUnit.SECONDS);
 * }
 * }</pre>
 *
 * <p><b>Threads.</b> It is fed on the source's audio thread; progress is reported there (about
 * once a second, allocation only then). {@link #result()} completes on that thread too: when the
 * breathing stage has lasted its time, or earlier, with what was measured, when the source stops
 * or loses its input. Per audio block it only stores a level in a preallocated array.
 */
public final class Calibration implements SourceListener {
    /** Default length of the quiet-room stage, seconds. */
    public static final double ROOM_S = 5;
    /** Default length of the breathing stage, seconds. */
    public static final double BREATHING_S = 30;
    /**
     * A room louder than this (RMS dBFS) is loud whatever the gain: the breath is not likely to
     * stand out of it (a quiet room at full gain, with the breath far above it, is fine).
     */
    static final double LOUD_ROOM_DB = -30;
    /** Breath quieter than this (RMS dBFS) needs more gain or a closer microphone. */
    static final double QUIET_BREATH_DB = -55;
    /** Breath peaks above this (dBFS) are close to clipping. */
    static final double LOUD_PEAK_DBFS = -1;
    /** Breath less than this many dB over the room is hard to follow. */
    static final double LOW_SNR_DB = 6;
    private static final int MAX_BLOCKS = 1 << 15;

    /** The stage a check-in is in. */
    public enum Stage { ROOM, BREATHING, DONE }

    /**
     * Where a check-in is, for a countdown.
     *
     * @param stage       what the person should be doing
     * @param secondsLeft whole seconds left in this stage (0 when done)
     */
    public record Progress(Stage stage, int secondsLeft) {
        public Progress {
            Objects.requireNonNull(stage, "stage");
            if (secondsLeft < 0) {
                throw new IllegalArgumentException("secondsLeft must be >= 0: " + secondsLeft);
            }
        }
    }

    /**
     * Told the check-in's progress. <b>Thread contract:</b> called on the audio thread; must return
     * at once, must not block, throw or touch JavaFX nodes (hand the value to the FX thread).
     */
    @FunctionalInterface
    public interface ProgressListener {
        /** Ignores progress. */
        ProgressListener NONE = p -> { };

        void onProgress(Progress progress);
    }

    private final double roomS;
    private final double breathingS;
    private final ProgressListener progress;
    private final CompletableFuture<CalibrationResult> result = new CompletableFuture<>();
    private final double[] roomLevels = new double[MAX_BLOCKS];
    private final double[] breathLevels = new double[MAX_BLOCKS];
    private int roomCount;
    private int breathCount;
    private double peakDbfs = -120;
    private int phases;
    private RateUpdated lastRate;
    private SignalQuality lastQuality;
    private boolean muted;
    private double streamS;
    private Stage reportedStage;
    private int reportedSeconds = -1;

    /**
     * @param roomS      seconds of quiet room first (1–30)
     * @param breathingS seconds of normal breathing after it (10–120)
     * @param progress   told the stage and the seconds left; {@link ProgressListener#NONE} to ignore
     */
    public Calibration(double roomS, double breathingS, ProgressListener progress) {
        if (!(roomS >= 1 && roomS <= 30) || !(breathingS >= 10 && breathingS <= 120)) {
            throw new IllegalArgumentException("need 1–30 s of room and 10–120 s of breathing: " + roomS + ", " + breathingS);
        }
        this.roomS = roomS;
        this.breathingS = breathingS;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Completes with the check-in's findings (see the class comment for when). */
    public CompletableFuture<CalibrationResult> result() {
        return result;
    }

    /** Total length of the check-in, seconds of stream time. */
    public double lengthS() {
        return roomS + breathingS;
    }

    @Override
    public void onLevel(double rmsDbfs, double peak, double startS, double endS) {
        if (result.isDone()) {
            return;
        }
        streamS = endS;
        if (endS <= roomS) {
            if (roomCount < MAX_BLOCKS) {
                roomLevels[roomCount++] = rmsDbfs;
            }
        } else {
            if (breathCount < MAX_BLOCKS) {
                breathLevels[breathCount++] = rmsDbfs;
            }
            peakDbfs = Math.max(peakDbfs, peak);
        }
        report(endS);
        if (endS >= roomS + breathingS) {
            complete();
        }
    }

    @Override
    public void onPhaseStarted(PhaseStarted e) {
        if (e.startS() >= roomS && !result.isDone()) {
            phases++;
        }
    }

    @Override
    public void onRate(RateUpdated e) {
        if (e.emittedS() >= roomS && !result.isDone()) {
            lastRate = e;
        }
    }

    @Override
    public void onQuality(SignalQuality e) {
        if (e.emittedS() >= roomS && !result.isDone()) {
            lastQuality = e;
        }
    }

    @Override
    public void onStatus(SourceStatus s) {
        switch (s.status()) {
            case MUTED -> muted = true;
            case RESUMED -> muted = false;
            case STOPPED, INPUT_LOST -> complete();
            default -> { }
        }
    }

    private void report(double nowS) {
        Stage stage = nowS < roomS ? Stage.ROOM : Stage.BREATHING;
        double end = stage == Stage.ROOM ? roomS : roomS + breathingS;
        int left = (int) Math.ceil(end - nowS - 1e-9);
        if (stage != reportedStage || left != reportedSeconds) {
            reportedStage = stage;
            reportedSeconds = left;
            if (left > 0) {
                progress.onProgress(new Progress(stage, left));
            }
        }
    }

    private void complete() {
        if (result.isDone()) {
            return;
        }
        double noise = roomCount == 0 ? Double.NaN : percentile(roomLevels, roomCount, 50);
        double breath = breathCount == 0 ? Double.NaN : percentile(breathLevels, breathCount, 90);
        double snr = lastQuality != null && !Double.isNaN(lastQuality.snrDb()) ? lastQuality.snrDb() : breath - noise;
        double clipped = lastQuality == null ? 0 : lastQuality.clippedFraction();
        double measured = Math.max(0, Math.min(breathingS, streamS - roomS));
        Double rate = lastRate == null ? null : lastRate.breathsPerMin();
        List<String> advice = new ArrayList<>();
        if (muted || breathCount > 0 && breath <= -119) {
            advice.add("The microphone sent only silence: check its mute switch and the system's input volume, then check in again.");
        } else {
            if (peakDbfs >= LOUD_PEAK_DBFS || clipped > 0.001) {
                advice.add(QualityWarning.CLIPPING.advice());
            } else if (breath < QUIET_BREATH_DB) {
                advice.add(QualityWarning.TOO_QUIET.advice());
            }
            if (noise > LOUD_ROOM_DB) {
                advice.add(String.format(Locale.ROOT, "The room is loud (%.0f dBFS while you sat quietly): move somewhere"
                        + " quieter or turn off fans and music nearby.", noise));
            }
            if (snr < LOW_SNR_DB) {
                advice.add(QualityWarning.TOO_NOISY.advice());
            }
            if (rate == null) {
                advice.add(QualityWarning.NO_BREATH.advice());
            }
        }
        if (measured < breathingS - 1) {
            advice.add(String.format(Locale.ROOT, "The check-in ended after %.0f of %.0f seconds of breathing: let it run"
                    + " to the end for a steadier resting rate.", measured, breathingS));
        }
        progress.onProgress(new Progress(Stage.DONE, 0));
        result.complete(new CalibrationResult(rate, floor(noise), floor(breath), snr, peakDbfs, clipped, phases, measured,
                advice));
    }

    private static double floor(double db) {
        return Double.isNaN(db) ? -120 : Math.max(-120, db);
    }

    private static double percentile(double[] values, int count, double p) {
        return new Percentile().evaluate(Arrays.copyOf(values, count), p);
    }
}
