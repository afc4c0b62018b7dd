package org.breathpace.breath;

import java.util.Objects;

/** A phase that started at {@code startS} ended at {@code endS} (seconds of stream time). */
public record PhaseEnded(Phase phase, double startS, double endS, double emittedS) implements BreathEvent {
    public PhaseEnded {
        Objects.requireNonNull(phase, "phase");
        if (!(startS >= 0) || !(endS >= startS) || !(emittedS >= endS)) {
            throw new IllegalArgumentException(
                    "need 0 <= startS <= endS <= emittedS, got " + startS + ", " + endS + ", " + emittedS);
        }
    }

    /** Length of the phase in seconds. */
    public double durationS() {
        return endS - startS;
    }
}
