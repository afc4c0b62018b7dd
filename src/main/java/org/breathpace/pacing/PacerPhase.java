package org.breathpace.pacing;

import java.util.Locale;

/** Where the pacer is within a breath. */
public enum PacerPhase {
    INHALE("Breathe in"), HOLD_IN("Hold"), EXHALE("Breathe out"), HOLD_OUT("Rest");

    private final String words;

    PacerPhase(String words) {
        this.words = words;
    }

    /** What the pacer shows, e.g. "Breathe in". */
    public String words() {
        return words;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
