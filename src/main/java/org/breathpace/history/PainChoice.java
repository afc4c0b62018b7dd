package org.breathpace.history;

import java.util.Locale;

/** What the user chose after reporting pain. */
public enum PainChoice {
    /** Carry on more gently. */
    EASE,
    /** Skip the rest of this exercise. */
    SKIP,
    /** End the session. */
    END;

    /** The lower-case word used in the database, CSV and JSON. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #word()}; throws IllegalArgumentException naming the accepted words. */
    public static PainChoice ofWord(String word) {
        for (PainChoice c : values()) {
            if (c.word().equals(word)) {
                return c;
            }
        }
        throw new IllegalArgumentException("must be ease, skip or end, not '" + word + "'");
    }
}
