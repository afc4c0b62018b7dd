package org.breathpace.ui;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings form: editable fields as the person types them, checked on {@link #save}; a bad
 * value gets one sentence and nothing is saved. Saving happens on the {@link TaskExecutor}.
 * FX thread only.
 */
public final class SettingsViewModel {
    private final SettingsStore store;
    private final TaskExecutor worker;
    private final Consumer<Runnable> fx;

    public final StringProperty device = new SimpleStringProperty();
    public final StringProperty pattern = new SimpleStringProperty();
    public final StringProperty breatheMinutes = new SimpleStringProperty();
    public final BooleanProperty adaptive = new SimpleBooleanProperty();
    public final StringProperty targetRate = new SimpleStringProperty();
    public final BooleanProperty tones = new SimpleBooleanProperty();
    public final DoubleProperty volume = new SimpleDoubleProperty();
    public final BooleanProperty dark = new SimpleBooleanProperty();
    public final StringProperty textSize = new SimpleStringProperty();

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Settings> applied = new ReadOnlyObjectWrapper<>();

    public SettingsViewModel(Settings current, SettingsStore store, TaskExecutor worker, Consumer<Runnable> fx) {
        this.store = store;
        this.worker = worker;
        this.fx = fx;
        applied.set(current);
        fill(current);
    }

    private void fill(Settings s) {
        device.set(s.device());
        pattern.set(s.pattern());
        breatheMinutes.set(num(s.breatheMinutes()));
        adaptive.set(s.adaptive());
        targetRate.set(num(s.targetRate()));
        tones.set(s.tones());
        volume.set(s.volume());
        dark.set(s.dark());
        textSize.set(num(s.textSize()));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Checks the form; saves it and applies it, or says what is wrong. Returns whether it was valid. */
    public boolean save() {
        Settings s;
        try {
            s = new Settings(device.get(), pattern.get(),
                    number("The breathing block", breatheMinutes.get()), adaptive.get(),
                    number("The target rate", targetRate.get()), tones.get(), volume.get(),
                    dark.get() ? "dark" : "light", number("The text size", textSize.get()));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            message.set("");
            return false;
        }
        error.set("");
        applied.set(s);
        message.set("Saving…");
        worker.execute(() -> {
            String result;
            try {
                store.save(s);
                result = "Saved to " + store.file() + ".";
            } catch (IOException e) {
                result = "Could not save to " + store.file() + " (" + e.getMessage()
                        + "); the settings apply until you close breathpace.";
            }
            String done = result;
            fx.accept(() -> message.set(done));
        });
        return true;
    }

    private static double number(String what, String text) {
        try {
            return Double.parseDouble(text == null ? "" : text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, not \"" + (text == null ? "" : text.trim()) + "\".");
        }
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The settings in force (changes when {@link #save} succeeds). */
    public ReadOnlyObjectProperty<Settings> appliedProperty() {
        return applied.getReadOnlyProperty();
    }
}
