package org.breathpace.pacing;

import java.util.List;
import java.util.Locale;

/**
 * A breathing pattern: seconds of inhale, hold, exhale and hold.
 *
 * @param name     what people call it
 * @param inhaleS  1–20 s
 * @param holdInS  0–20 s, after the inhale
 * @param exhaleS  1–20 s
 * @param holdOutS 0–20 s, after the exhale
 */
public record BreathingPattern(String name, double inhaleS, double holdInS, double exhaleS, double holdOutS) {

    /** Slow belly breathing, exhale longer than inhale: 4 s in, 6 s out, 6 a minute. */
    public static final BreathingPattern DIAPHRAGMATIC = new BreathingPattern("diaphragmatic", 4, 0, 6, 0);
    /** Resonance breathing near 5.5 a minute: 5.45 s in, 5.45 s out. */
    public static final BreathingPattern RESONANCE = new BreathingPattern("resonance", 5.45, 0, 5.45, 0);
    /** Box breathing: 4 in, 4 hold, 4 out, 4 hold. */
    public static final BreathingPattern BOX = new BreathingPattern("box", 4, 4, 4, 4);
    /** 4-7-8: 4 in, hold 7, 8 out. */
    public static final BreathingPattern FOUR_SEVEN_EIGHT = new BreathingPattern("4-7-8", 4, 7, 8, 0);

    /** The named patterns a person can pick. */
    public static final List<BreathingPattern> PRESETS = List.of(DIAPHRAGMATIC, RESONANCE, BOX, FOUR_SEVEN_EIGHT);

    public BreathingPattern {
        check("inhale", inhaleS, 1, 20);
        check("exhale", exhaleS, 1, 20);
        check("hold after the inhale", holdInS, 0, 20);
        check("hold after the exhale", holdOutS, 0, 20);
        double cycle = inhaleS + holdInS + exhaleS + holdOutS;
        if (cycle < 2 || cycle > 40) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a breath of %.1f s is outside 2–40 s: shorten or lengthen its phases", cycle));
        }
        name = name == null || name.isBlank() ? "custom" : name;
    }

    private static void check(String what, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the %s must be %.0f–%.0f seconds, not %s", what, min, max, v));
        }
    }

    /** Seconds of one whole breath. */
    public double cycleS() {
        return inhaleS + holdInS + exhaleS + holdOutS;
    }

    /** Breaths a minute at this pattern's own pace. */
    public double breathsPerMin() {
        return 60 / cycleS();
    }

    /** The same proportions stretched or squeezed to {@code breathsPerMin}. */
    public BreathingPattern atRate(double breathsPerMin) {
        double k = 60 / breathsPerMin / cycleS();
        return new BreathingPattern(name, inhaleS * k, holdInS * k, exhaleS * k, holdOutS * k);
    }

    /** Finds a preset by name (case-insensitive), or null. */
    public static BreathingPattern preset(String name) {
        for (BreathingPattern p : PRESETS) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }
}
