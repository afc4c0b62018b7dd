package org.breathpace.breath;

import java.util.List;

/**
 * What was heard in a whole recording (or a stretch of a live stream).
 *
 * @param durationS     seconds of audio
 * @param sampleRate    input sample rate, Hz
 * @param breathsPerMin 60 / mean cycle period, or null when fewer than two cycles were heard
 * @param phases        every phase, in order
 * @param cycles        every complete cycle, in order
 * @param quality       signal quality over the whole stream (null if none was reported)
 */
public record BreathSummary(double durationS, double sampleRate, Double breathsPerMin,
                            List<PhaseEnded> phases, List<Cycle> cycles, SignalQuality quality) {
    public BreathSummary {
        phases = List.copyOf(phases);
        cycles = List.copyOf(cycles);
    }
}
