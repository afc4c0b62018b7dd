package org.breathpace.routine;

import java.util.Locale;

/** The kinds of step a session goes through. */
public enum StepKind {
    /** Measuring the resting breath rate before anything else. */
    CHECK_IN,
    /** The paced breathing block. */
    BREATHING,
    /** One exercise of the move block. */
    EXERCISE,
    /** Measuring the breath rate again at the end. */
    CLOSING_CHECK;

    /** The lower-case name used in JSON, e.g. {@code check_in}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
