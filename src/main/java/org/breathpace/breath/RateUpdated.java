package org.breathpace.breath;

/**
 * A new breath-rate estimate, emitted when a breath cycle completes.
 *
 * @param breathsPerMin        smoothed rate over recent cycles, breaths per minute (3–30 typical)
 * @param instantBreathsPerMin rate of the cycle that just completed (60 / its period)
 * @param confidence           0 (a guess) … 1 (regular cycles, clean signal)
 * @param emittedS             stream time of emission, seconds
 */
public record RateUpdated(double breathsPerMin, double instantBreathsPerMin, double confidence, double emittedS)
        implements BreathEvent {
    public RateUpdated {
        if (!(breathsPerMin > 0) || !(instantBreathsPerMin > 0)) {
            throw new IllegalArgumentException("rates must be positive: " + breathsPerMin + ", " + instantBreathsPerMin);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        if (!(emittedS >= 0)) {
            throw new IllegalArgumentException("emittedS must be >= 0: " + emittedS);
        }
    }
}
