package org.breathpace.breath;

import java.util.Locale;

/** The two phases of a breath that the detector tells apart. */
public enum Phase {
    INHALE,
    EXHALE;

    /** The lower-case name used in JSON and CSV output: {@code inhale} or {@code exhale}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
