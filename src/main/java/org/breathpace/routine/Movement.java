package org.breathpace.routine;

import java.util.Locale;

/** The movement of the mid-back that an exercise gives back. */
public enum Movement {
    /** Bending backwards, opening the chest. */
    EXTENSION("extension"),
    /** Rounding forwards. */
    FLEXION("flexion"),
    /** Turning the upper body. */
    ROTATION("rotation"),
    /** Bending to the side. */
    SIDE_BENDING("side bending");

    private final String words;

    Movement(String words) {
        this.words = words;
    }

    /** As people say it, e.g. "side bending". */
    public String words() {
        return words;
    }

    /** The name used in routine files and JSON, e.g. {@code side_bending}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds a movement by {@link #id()} (also accepts "side bending", "side-bending"), or null. */
    public static Movement of(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Movement m : values()) {
            if (m.id().equals(t)) {
                return m;
            }
        }
        return null;
    }
}
