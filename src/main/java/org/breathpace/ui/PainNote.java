package org.breathpace.ui;

import java.util.Objects;

/**
 * A pain report: in which step and side it came, at what session time, and what the person chose.
 *
 * @param step    the step's name
 * @param side    "left", "right" or ""
 * @param atS     session seconds
 * @param choice  ease, skip or end
 */
public record PainNote(String step, String side, double atS, Choice choice) {

    /** What the person chose after reporting pain. */
    public enum Choice { EASE, SKIP, END }

    public PainNote {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(choice, "choice");
    }
}
