package org.breathpace.pacing;

import java.util.OptionalDouble;

/**
 * How well a block of breathing followed the pacer.
 *
 * @param ledCycles          breaths the pacer led and that were judged
 * @param heardCycles        of those, breaths the detector heard something around
 * @param alignedCycles      of those, breaths that began in time (see {@link CycleAdherence#aligned()})
 * @param meanRateDeviation  mean of detected minus led rate over heard breaths with a rate, breaths a
 *                           minute; NaN when none
 */
public record AdherenceSummary(int ledCycles, int heardCycles, int alignedCycles, double meanRateDeviation) {
    public AdherenceSummary {
        if (ledCycles < 0 || heardCycles < 0 || alignedCycles < 0 || heardCycles > ledCycles || alignedCycles > heardCycles) {
            throw new IllegalArgumentException("need 0 <= aligned <= heard <= led, got "
                    + alignedCycles + ", " + heardCycles + ", " + ledCycles);
        }
    }

    /** Nothing led yet. */
    public static final AdherenceSummary EMPTY = new AdherenceSummary(0, 0, 0, Double.NaN);

    /**
     * The score 0–100: the share of heard breaths that were in time. Empty (unknown, not zero) when
     * no breath was heard: without breath detection nobody can tell how well the pacer was followed.
     */
    public OptionalDouble score() {
        return heardCycles == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * alignedCycles / heardCycles);
    }

    /** Whether adherence is known at all. */
    public boolean known() {
        return heardCycles > 0;
    }
}
