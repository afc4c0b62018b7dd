package org.breathpace.ui;

import java.util.Locale;

/** How the screens write numbers and durations. */
final class Format {
    private Format() {
    }

    /** "m:ss", rounding up so a countdown reaches 0:00 only at the end. */
    static String minSec(double seconds) {
        long s = (long) Math.ceil(Math.max(0, seconds) - 1e-9);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** One decimal, or an en dash when unknown. */
    static String rate(double perMin) {
        return Double.isNaN(perMin) ? "–" : String.format(Locale.ROOT, "%.1f", perMin);
    }

    /** A whole percentage, or "unknown". */
    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "unknown" : String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }
}
