package org.breathpace.routine;

import java.util.Locale;

/** What a person chose after reporting pain. */
public enum PainChoice {
    /** Carry on with a shorter, gentler version of the exercise. */
    EASE,
    /** Leave this exercise out and go on to the next. */
    SKIP,
    /** Stop the session. */
    END;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
