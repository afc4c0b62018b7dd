package org.breathpace.breath;

import java.util.Objects;

/**
 * A phase began at {@code startS} (seconds of stream time). Emitted as soon as the detector
 * has decided it, at {@code emittedS} ≥ {@code startS}.
 */
public record PhaseStarted(Phase phase, double startS, double emittedS) implements BreathEvent {
    public PhaseStarted {
        Objects.requireNonNull(phase, "phase");
        if (!(startS >= 0) || !(emittedS >= startS)) {
            throw new IllegalArgumentException("need 0 <= startS <= emittedS, got " + startS + ", " + emittedS);
        }
    }
}
