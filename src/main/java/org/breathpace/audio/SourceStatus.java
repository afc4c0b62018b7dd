package org.breathpace.audio;

import java.util.Locale;
import java.util.Objects;

/**
 * What happened to the input, with a message a person can act on.
 *
 * @param status   what happened
 * @param message  one plain sentence
 * @param emittedS stream time when it was noticed, seconds
 */
public record SourceStatus(Kind status, String message, double emittedS) {

    /** Kinds of status, as named in the JSON output. */
    public enum Kind {
        STARTED, INPUT_LOST, STALLED, MUTED, RESUMED, STOPPED;

        /** The lower-case name used in JSON output, e.g. {@code input_lost}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SourceStatus {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        if (!(emittedS >= 0)) {
            throw new IllegalArgumentException("emittedS must be >= 0: " + emittedS);
        }
    }
}
