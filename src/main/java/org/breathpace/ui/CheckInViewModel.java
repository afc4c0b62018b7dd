package org.breathpace.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.breathpace.audio.SourceStatus;
import org.breathpace.breath.BreathEvent;
import org.breathpace.breath.QualityWarning;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.SignalQuality;

/**
 * The check-in: {@link #ROOM_S} seconds of the room, then {@link #BREATHE_S} seconds of normal
 * breathing; then the resting rate, how well the breath is heard and what to change. Clock passed
 * in ({@link #tick}); events from the {@link BreathFeed}, sorted into room and breathing by their
 * stream time, so a recording replayed faster than real time is measured the same. With
 * no microphone it says so and offers the timed pacer. FX thread only.
 */
public final class CheckInViewModel {
    public static final double ROOM_S = 5;
    public static final double BREATHE_S = 30;

    /** Where the check-in is. */
    public enum Stage { ROOM, BREATHING, DONE, NO_MICROPHONE }

    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.ROOM);
    private final ReadOnlyStringWrapper instruction = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper advice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();

    private final List<Double> rates = new ArrayList<>();
    private final Set<QualityWarning> warnings = new LinkedHashSet<>();
    private double startS = Double.NaN;
    private double now;
    private double streamBase;
    private double streamLatest;
    private double snrDb = Double.NaN;
    private double clipped;
    private boolean recordingEnded;
    private double restingRate = Double.NaN;

    public CheckInViewModel() {
        instruction.set("Sit still and stay quiet for a few seconds while breathpace listens to the room.");
    }

    /** No microphone could be opened: say so once, in {@code why}'s words. */
    public void noMicrophone(String why) {
        stage.set(Stage.NO_MICROPHONE);
        instruction.set(why);
        advice.set("You can still do the whole session: the pacer and the routine run by time alone.");
        resultText.set("Resting rate not measured.");
        countdown.set("");
        progress.set(1);
        done.set(true);
    }

    /** The input in use, for people, e.g. "recording calm.wav, 44100 Hz". */
    public void source(String description) {
        source.set(description);
    }

    /** Starts (or restarts) the check-in at {@code nowS}. */
    public void restart(double nowS) {
        if (stage.get() == Stage.NO_MICROPHONE) {
            return;
        }
        startS = nowS;
        now = nowS;
        streamBase = streamLatest;
        rates.clear();
        warnings.clear();
        snrDb = Double.NaN;
        recordingEnded = false;
        restingRate = Double.NaN;
        done.set(false);
        resultText.set("");
        advice.set("");
        stage.set(Stage.ROOM);
        tick(nowS);
    }

    public void accept(Object event) {
        if (stage.get() == Stage.NO_MICROPHONE || stage.get() == Stage.DONE) {
            return;
        }
        double emitted = event instanceof BreathEvent b ? b.emittedS()
                : event instanceof SourceStatus s ? s.emittedS() : streamLatest;
        streamLatest = Math.max(streamLatest, emitted);
        boolean breathing = emitted - streamBase >= ROOM_S;
        if (event instanceof RateUpdated r && breathing) {
            rates.add(r.breathsPerMin());
        } else if (event instanceof SignalQuality q) {
            snrDb = q.snrDb();
            clipped = q.clippedFraction();
            level.set(Double.isNaN(q.snrDb()) ? 0 : Math.max(0, Math.min(1, q.snrDb() / 30)));
            if (breathing) {
                warnings.clear();
                warnings.addAll(q.warnings());
            }
        } else if (event instanceof SourceStatus s && (s.status() == SourceStatus.Kind.STOPPED
                || s.status() == SourceStatus.Kind.INPUT_LOST)) {
            recordingEnded = true;
            if (s.status() == SourceStatus.Kind.INPUT_LOST) {
                warnings.add(QualityWarning.NO_BREATH);
            }
        }
    }

    /** Moves on to {@code nowS} (seconds, the same clock as {@link #restart}). */
    public void tick(double nowS) {
        if (stage.get() == Stage.NO_MICROPHONE || stage.get() == Stage.DONE) {
            return;
        }
        if (Double.isNaN(startS)) {
            startS = nowS;
        }
        now = Math.max(now, nowS);
        // The clock, or the audio heard if it runs ahead (a recording replayed faster than real time).
        double t = Math.max(now - startS, streamLatest - streamBase);
        if (t < ROOM_S && !recordingEnded) {
            stage.set(Stage.ROOM);
            countdown.set(Format.minSec(ROOM_S - t));
            progress.set(t / (ROOM_S + BREATHE_S));
        } else if (t < ROOM_S + BREATHE_S && !recordingEnded) {
            if (stage.get() != Stage.BREATHING) {
                stage.set(Stage.BREATHING);
                instruction.set("Now breathe normally, as you do when you are not thinking about it.");
            }
            countdown.set(Format.minSec(ROOM_S + BREATHE_S - t));
            progress.set(t / (ROOM_S + BREATHE_S));
        } else {
            finish();
        }
    }

    private void finish() {
        stage.set(Stage.DONE);
        countdown.set("");
        progress.set(1);
        instruction.set("Check-in done.");
        if (rates.size() >= 2) {
            double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            restingRate = sorted[sorted.length / 2];
            resultText.set(String.format(Locale.ROOT, "Resting rate %.1f breaths a minute%s.", restingRate,
                    Double.isNaN(snrDb) ? "" : String.format(Locale.ROOT, ", breath %.0f dB over the room", snrDb)));
        } else {
            resultText.set("Not enough breaths were heard to measure a resting rate.");
            if (warnings.isEmpty()) {
                warnings.add(QualityWarning.NO_BREATH);
            }
        }
        if (clipped > 0.01) {
            warnings.add(QualityWarning.CLIPPING);
        }
        List<String> lines = new ArrayList<>();
        for (QualityWarning w : warnings) {
            lines.add(w.advice());
        }
        advice.set(lines.isEmpty() ? "The microphone hears your breath well." : String.join("\n", lines));
        done.set(true);
    }

    /** Breaths a minute measured at rest, NaN when it could not be measured. */
    public double restingRate() {
        return restingRate;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty instructionProperty() {
        return instruction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** 0…1: how far the breath stands over the room (30 dB fills it). */
    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
