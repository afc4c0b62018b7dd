package org.breathpace.breath;

import java.util.List;

/**
 * How well the breath can be heard.
 *
 * @param snrDb           breath level over the noise floor, dB (may be negative or NaN when unknown)
 * @param clippedFraction fraction of samples at or near full scale, 0…1
 * @param warnings        what the user could change (immutable; empty when all is well)
 * @param emittedS        stream time of emission, seconds
 */
public record SignalQuality(double snrDb, double clippedFraction, List<QualityWarning> warnings, double emittedS)
        implements BreathEvent {
    public SignalQuality {
        if (!(clippedFraction >= 0 && clippedFraction <= 1)) {
            throw new IllegalArgumentException("clippedFraction must be in [0,1]: " + clippedFraction);
        }
        if (!(emittedS >= 0)) {
            throw new IllegalArgumentException("emittedS must be >= 0: " + emittedS);
        }
        warnings = List.copyOf(warnings);
    }
}
