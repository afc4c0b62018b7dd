package org.breathpace.history;

/**
 * The measured breath rate at one moment of a session (one every few seconds).
 *
 * @param offsetS       seconds since the session started, 0 – 86,400
 * @param breathsPerMin breaths per minute, 1 – 60
 */
public record RateSample(double offsetS, double breathsPerMin) {
    public RateSample {
        Checks.inRange("offsetS", offsetS, 0, 86_400);
        Checks.inRange("breathsPerMin", breathsPerMin, 1, 60);
    }
}
