package org.breathpace.pacing;

import java.util.Objects;

/**
 * How one led breath was followed.
 *
 * @param cycle          the breath the pacer led
 * @param heard          whether the detector heard any breath around it; when false nothing else is known
 * @param inhaleOffsetS  detected inhale onset minus the pacer's, seconds; null when none was heard near it
 * @param exhaleOffsetS  detected exhale onset minus the pacer's, seconds; null when none was heard near it
 * @param aligned        the exhale (and the inhale, if inhales are heard at all) began within
 *                       {@link AdherenceTracker#toleranceS(PacedCycle)} of the pacer's
 * @param detectedBpm    the person's rate over this breath (60 / onset-to-onset period), or null
 * @param cue            what to do next (null when not heard)
 */
public record CycleAdherence(PacedCycle cycle, boolean heard, Double inhaleOffsetS, Double exhaleOffsetS,
                             boolean aligned, Double detectedBpm, AdherenceCue cue) {
    public CycleAdherence {
        Objects.requireNonNull(cycle, "cycle");
        if (!heard && (aligned || cue != null)) {
            throw new IllegalArgumentException("a breath not heard cannot be aligned or cued");
        }
    }

    /** Detected minus led rate, breaths a minute; null when the rate was not heard. */
    public Double rateDeviationBpm() {
        return detectedBpm == null ? null : detectedBpm - cycle.breathsPerMin();
    }
}
