package org.breathpace.pacing;

/**
 * A fixed-pattern pacer: a pure function from elapsed seconds to {@link PacerState}. The shape
 * grows on the inhale (eased, like a breath), stays full on the hold, shrinks on the exhale.
 */
public final class Pacer {
    private final BreathingPattern pattern;

    public Pacer(BreathingPattern pattern) {
        this.pattern = pattern;
    }

    public BreathingPattern pattern() {
        return pattern;
    }

    /** The state at {@code elapsedS} seconds since the pacer started (≥ 0). */
    public PacerState at(double elapsedS) {
        double t = Math.max(0, elapsedS) % pattern.cycleS();
        double[] lengths = {pattern.inhaleS(), pattern.holdInS(), pattern.exhaleS(), pattern.holdOutS()};
        PacerPhase[] phases = PacerPhase.values();
        for (int i = 0; i < 4; i++) {
            if (t < lengths[i] || i == 3) {
                double length = Math.max(lengths[i], 1e-9);
                double progress = Math.min(1, t / length);
                double eased = 0.5 - 0.5 * Math.cos(Math.PI * progress);
                double fullness = switch (phases[i]) {
                    case INHALE -> eased;
                    case HOLD_IN -> 1;
                    case EXHALE -> 1 - eased;
                    case HOLD_OUT -> 0;
                };
                return new PacerState(phases[i], progress, Math.max(0, lengths[i] - t), pattern.breathsPerMin(), fullness);
            }
            t -= lengths[i];
        }
        throw new IllegalStateException();
    }
}
