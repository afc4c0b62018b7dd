package org.breathpace.routine;

/**
 * The person's breath rate at one moment of a session.
 *
 * @param atS           session seconds
 * @param breathsPerMin the detector's latest rate, breaths a minute
 */
public record RateSample(double atS, double breathsPerMin) {
    public RateSample {
        if (!(atS >= 0) || !(breathsPerMin > 0)) {
            throw new IllegalArgumentException("need atS >= 0 and a positive rate, got " + atS + ", " + breathsPerMin);
        }
    }
}
