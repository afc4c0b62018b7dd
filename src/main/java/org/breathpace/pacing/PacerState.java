package org.breathpace.pacing;

/**
 * The pacer at one moment.
 *
 * @param phase         what the person should be doing
 * @param progress      0…1 through that phase
 * @param secondsLeft   seconds until the phase changes
 * @param breathsPerMin the pace being led
 * @param fullness      0 (empty) … 1 (full): the size of the pacer's shape
 */
public record PacerState(PacerPhase phase, double progress, double secondsLeft, double breathsPerMin, double fullness) { }
