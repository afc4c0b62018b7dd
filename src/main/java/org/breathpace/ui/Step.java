package org.breathpace.ui;

import java.util.Objects;

/**
 * One step of a session as the screen shows it.
 *
 * @param name         short title, e.g. "Cat-cow"
 * @param kind         what sort of step
 * @param secondsEach  planned seconds per side (&gt; 0)
 * @param sides        1, or 2 for a step done on the left then the right
 * @param restores     the movement it gives back (extension, flexion, rotation, side bending), or ""
 * @param instructions what to do, one or two short sentences
 * @param breathCue    how to breathe during it
 */
public record Step(String name, Kind kind, double secondsEach, int sides, String restores, String instructions,
                   String breathCue) {

    /** Sorts of step. */
    public enum Kind { BREATHE, EXERCISE, CLOSE }

    public Step {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!(secondsEach > 0)) {
            throw new IllegalArgumentException("secondsEach must be positive: " + secondsEach);
        }
        if (sides != 1 && sides != 2) {
            throw new IllegalArgumentException("sides must be 1 or 2: " + sides);
        }
        restores = restores == null ? "" : restores;
        instructions = instructions == null ? "" : instructions;
        breathCue = breathCue == null ? "" : breathCue;
    }

    /** Planned seconds for the whole step, both sides. */
    public double totalS() {
        return secondsEach * sides;
    }
}
