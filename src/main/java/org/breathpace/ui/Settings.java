package org.breathpace.ui;

import java.util.Locale;
import org.breathpace.pacing.BreathingPattern;

/**
 * What a person can set, saved as {@code settings.json} in the data directory. Every value is
 * checked here; a bad one is refused with one sentence saying which and what is allowed.
 *
 * @param device          capture device name or number; "" for the system default
 * @param pattern         a preset name: diaphragmatic, resonance, box or 4-7-8
 * @param breatheMinutes  length of the breathing block, 1–20 minutes
 * @param adaptive        glide from the resting rate down to the target
 * @param targetRate      breaths/min to glide to, 3–12
 * @param tones           soft tones at each phase
 * @param volume          tone volume, 0–100
 * @param theme           "light" or "dark"
 * @param textSize        text size in points, 11–28
 */
public record Settings(String device, String pattern, double breatheMinutes, boolean adaptive, double targetRate,
                       boolean tones, double volume, String theme, double textSize) {

    public static final Settings DEFAULTS = new Settings("", "diaphragmatic", 4, true, 6, true, 40, "light", 15);

    public Settings {
        device = device == null ? "" : device.trim();
        if (pattern == null || BreathingPattern.preset(pattern) == null) {
            throw new IllegalArgumentException("The breathing pattern \"" + pattern
                    + "\" is not one breathpace knows: choose diaphragmatic, resonance, box or 4-7-8.");
        }
        range("The breathing block", breatheMinutes, 1, 20, "minutes");
        range("The target rate", targetRate, 3, 12, "breaths a minute");
        range("The tone volume", volume, 0, 100, "");
        range("The text size", textSize, 11, 28, "points");
        if (!"light".equals(theme) && !"dark".equals(theme)) {
            throw new IllegalArgumentException("The theme \"" + theme + "\" is not known: choose light or dark.");
        }
    }

    private static void range(String what, double v, double min, double max, String unit) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be between %s and %s%s, not %s.",
                    what, num(min), num(max), unit.isEmpty() ? "" : " " + unit, Double.isNaN(v) ? "blank" : num(v)));
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    public BreathingPattern breathingPattern() {
        return BreathingPattern.preset(pattern);
    }

    public boolean dark() {
        return "dark".equals(theme);
    }
}
