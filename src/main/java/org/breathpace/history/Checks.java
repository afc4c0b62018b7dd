package org.breathpace.history;

import java.util.Locale;

/** Argument checks shared by the records; messages name the field and the allowed range. */
final class Checks {
    private Checks() {
    }

    static double inRange(String field, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be %s–%s, not %s",
                    field, plain(min), plain(max), v));
        }
        return v;
    }

    static Double nullableInRange(String field, Double v, double min, double max) {
        return v == null ? null : inRange(field, v, min, max);
    }

    static String text(String field, String v, int maxLength) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (v.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return v;
    }

    static <T> T present(String field, T v) {
        if (v == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return v;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
