package org.breathpace.audio;

import java.util.List;

/**
 * What a check-in found.
 *
 * @param restingBreathsPerMin the breath rate heard while breathing normally, breaths per minute;
 *                             null when fewer than two breaths were heard
 * @param noiseFloorDb         level of the room while the person was quiet, dBFS (RMS); -120 for digital silence
 * @param breathLevelDb        level of the loud part of the breathing, dBFS (RMS, 90th percentile of ~20 ms blocks)
 * @param snrDb                how far the breath stands above the room, dB (the detector's own measure when
 *                             it has one, else breath level over noise floor; NaN when unknown)
 * @param peakDbfs             loudest sample while breathing, dBFS
 * @param clippedFraction      share of samples at full scale while breathing, 0…1
 * @param breathsHeard         breath phases heard (inhales and exhales)
 * @param breathingS           seconds of breathing actually measured (less than asked when the input ended early)
 * @param advice               what to change, one plain sentence each; empty when the microphone hears the breath well
 */
public record CalibrationResult(Double restingBreathsPerMin, double noiseFloorDb, double breathLevelDb, double snrDb,
                                double peakDbfs, double clippedFraction, int breathsHeard, double breathingS,
                                List<String> advice) {
    public CalibrationResult {
        if (restingBreathsPerMin != null && !(restingBreathsPerMin > 0)) {
            throw new IllegalArgumentException("restingBreathsPerMin must be positive: " + restingBreathsPerMin);
        }
        if (!(clippedFraction >= 0 && clippedFraction <= 1)) {
            throw new IllegalArgumentException("clippedFraction must be in [0,1]: " + clippedFraction);
        }
        if (breathsHeard < 0 || !(breathingS >= 0)) {
            throw new IllegalArgumentException("breathsHeard and breathingS must be >= 0");
        }
        advice = List.copyOf(advice);
    }

    /** Whether the microphone hears the breath well enough (no advice). */
    public boolean good() {
        return advice.isEmpty();
    }
}
