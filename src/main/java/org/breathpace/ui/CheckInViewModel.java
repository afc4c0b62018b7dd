package org.breathpace.ui;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.breathpace.audio.Calibration;
import org.breathpace.audio.CalibrationResult;

/**
 * The check-in screen's state over the {@code audio} package's {@link Calibration}: a few seconds
 * of the room, then half a minute of normal breathing, then the resting rate, how well the breath
 * is heard and what to change. The calibration runs on the audio thread; the frame loop hands its
 * progress and result here once per frame. With no microphone it says so and offers the timed
 * pacer. FX thread only.
 */
public final class CheckInViewModel {

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
    private CalibrationResult result;

    public CheckInViewModel() {
        restart();
    }

    /** No microphone could be opened: say so once, in {@code why}'s words. */
    public void noMicrophone(String why) {
        stage.set(Stage.NO_MICROPHONE);
        instruction.set(why);
        advice.set("You can still do the whole session: the pacer and the routine run by time alone.");
        resultText.set("Resting rate not measured.");
        countdown.set("");
        progress.set(1);
        level.set(0);
        done.set(true);
        result = null;
    }

    /** The input in use, for people, e.g. "recording calm.wav, 44100 Hz". */
    public void source(String description) {
        source.set(description);
    }

    /** A new check-in begins (a new input stream with a new calibration). */
    public void restart() {
        stage.set(Stage.ROOM);
        instruction.set("Sit still and stay quiet for a few seconds while breathpace listens to the room.");
        countdown.set(Format.minSec(Calibration.ROOM_S));
        progress.set(0);
        resultText.set("");
        advice.set("");
        done.set(false);
        result = null;
    }

    /** The calibration's latest progress (null before any). */
    public void follow(Calibration.Progress p) {
        if (p == null || stage.get() == Stage.NO_MICROPHONE || stage.get() == Stage.DONE) {
            return;
        }
        double total = Calibration.ROOM_S + Calibration.BREATHING_S;
        switch (p.stage()) {
            case ROOM -> {
                stage.set(Stage.ROOM);
                progress.set((Calibration.ROOM_S - p.secondsLeft()) / total);
            }
            case BREATHING -> {
                if (stage.get() != Stage.BREATHING) {
                    stage.set(Stage.BREATHING);
                    instruction.set("Now breathe normally, as you do when you are not thinking about it.");
                }
                progress.set((total - p.secondsLeft()) / total);
            }
            case DONE -> progress.set(1);
        }
        countdown.set(p.stage() == Calibration.Stage.DONE ? "" : Format.minSec(p.secondsLeft()));
    }

    /** The input level now, 0…1. */
    public void level(double value) {
        if (stage.get() != Stage.NO_MICROPHONE) {
            level.set(value);
        }
    }

    /** What the calibration found. */
    public void finished(CalibrationResult r) {
        if (stage.get() == Stage.NO_MICROPHONE) {
            return;
        }
        result = r;
        stage.set(Stage.DONE);
        instruction.set("Check-in done.");
        countdown.set("");
        progress.set(1);
        resultText.set(r.restingBreathsPerMin() == null
                ? "Not enough breaths were heard to measure a resting rate."
                : String.format(Locale.ROOT, "Resting rate %.1f breaths a minute%s.", r.restingBreathsPerMin(),
                        Double.isNaN(r.snrDb()) ? "" : String.format(Locale.ROOT, ", breath %.0f dB over the room", r.snrDb())));
        advice.set(r.good() ? "The microphone hears your breath well." : String.join("\n", r.advice()));
        done.set(true);
    }

    /** Breaths a minute measured at rest, NaN when it could not be measured. */
    public double restingRate() {
        return result == null || result.restingBreathsPerMin() == null ? Double.NaN : result.restingBreathsPerMin();
    }

    /** What the last check-in found, or null. */
    public CalibrationResult result() {
        return result;
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

    /** 0…1: the input level (see {@link LevelTrace}). */
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
