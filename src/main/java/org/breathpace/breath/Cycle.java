package org.breathpace.breath;

/**
 * One breath cycle: from a breath's onset to the next breath's onset.
 *
 * @param startS  onset of the breath, stream seconds (its inhale when heard, else its exhale)
 * @param inhaleS length of its inhale in seconds, or null when the inhale was not heard
 * @param exhaleS length of its exhale in seconds, or null when the exhale was not heard
 * @param periodS seconds to the next breath's onset
 */
public record Cycle(double startS, Double inhaleS, Double exhaleS, double periodS) {
    public Cycle {
        if (!(startS >= 0) || !(periodS > 0)) {
            throw new IllegalArgumentException("need startS >= 0 and periodS > 0: " + startS + ", " + periodS);
        }
        if (inhaleS == null && exhaleS == null) {
            throw new IllegalArgumentException("a cycle has an inhale, an exhale or both");
        }
    }

    /** Rate of this cycle alone, breaths per minute. */
    public double breathsPerMin() {
        return 60 / periodS;
    }
}
