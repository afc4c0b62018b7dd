package org.breathpace.history;

/** How a stored session stands: still being recorded, finished, or cut short. */
public enum SessionOutcome {
    /** Being recorded now (or the process died and the store has not been reopened since). */
    IN_PROGRESS,
    /** The user reached the end of the session (or ended it on purpose). */
    COMPLETED,
    /** The process stopped before the session was finished; what was saved is kept. */
    INTERRUPTED;

    /** The lower-case word used in the database, CSV and JSON. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@link #word()}; throws IllegalArgumentException naming the accepted words. */
    public static SessionOutcome ofWord(String word) {
        for (SessionOutcome o : values()) {
            if (o.word().equals(word)) {
                return o;
            }
        }
        throw new IllegalArgumentException("must be in_progress, completed or interrupted, not '" + word + "'");
    }
}
