package org.breathpace.pacing;

import java.util.Objects;

/**
 * One breath the pacer led: when it began and the phase lengths it used.
 *
 * @param index   0 for the first breath of a block, then 1, 2, …
 * @param startS  when its inhale began, seconds (on whatever clock the caller feeds the pacer)
 * @param pattern the phase lengths of this breath (the block's pattern scaled to this breath's rate)
 */
public record PacedCycle(int index, double startS, BreathingPattern pattern) {
    public PacedCycle {
        Objects.requireNonNull(pattern, "pattern");
        if (index < 0 || !(startS >= 0)) {
            throw new IllegalArgumentException("need index >= 0 and startS >= 0, got " + index + ", " + startS);
        }
    }

    /** When the exhale begins (after the inhale and its hold). */
    public double exhaleStartS() {
        return startS + pattern.inhaleS() + pattern.holdInS();
    }

    /** When the next breath begins. */
    public double endS() {
        return startS + pattern.cycleS();
    }

    /** The rate this breath was led at, breaths a minute. */
    public double breathsPerMin() {
        return pattern.breathsPerMin();
    }

    /** The same breath moved by {@code shiftS} seconds (to put it on another clock). */
    public PacedCycle shifted(double shiftS) {
        return new PacedCycle(index, startS + shiftS, pattern);
    }
}
