package org.breathpace.pacing;

import java.util.Locale;

/** Something a person can do right now to follow the pacer better. */
public enum AdherenceCue {
    /** Breathing faster than the pacer. */
    SLOW_DOWN("Slow down a little: let the shape set the pace."),
    /** Breathing slower than the pacer (it only happens with a fixed pacer). */
    NO_NEED_TO_HOLD_BACK("No need to stretch it: breathe in as the shape grows."),
    /** The exhale was clearly shorter than the pacer's. */
    EXHALE_LONGER("Exhale longer: let the air out slowly until the shape is empty."),
    /** The inhale started well before the pacer's. */
    WAIT_FOR_INHALE("Wait for the shape to start growing before you breathe in."),
    /** The exhale started well before the pacer's. */
    HOLD_A_MOMENT("Stay full a moment longer: breathe out when the shape starts to shrink."),
    /** The exhale started well after the pacer's. */
    EXHALE_WITH_SHAPE("Start breathing out as soon as the shape starts to shrink."),
    /** In time: keep going. */
    IN_TIME("That's it: keep breathing with the shape.");

    private final String words;

    AdherenceCue(String words) {
        this.words = words;
    }

    /** The sentence shown to the person. */
    public String words() {
        return words;
    }

    /** The lower-case name used in JSON, e.g. {@code exhale_longer}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
