package org.breathpace.audio;

import java.util.Locale;
import java.util.Objects;

/**
 * What happened to the input, with a message a person can act on.
 *
 * @param status   what happened
 * @param message  one plain sentence
 * @param emittedS stream time when it was noticed, seconds
 * @param sinceS   stream time when it began, seconds, at most {@code emittedS}: for
 *                 {@link Kind#RESUMED} the first sample that is not exactly zero, for
 *                 {@link Kind#MUTED} the start of the silence; otherwise {@code emittedS}
 */
public record SourceStatus(Kind status, String message, double emittedS, double sinceS) {

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
        if (!(sinceS >= 0 && sinceS <= emittedS)) {
            throw new IllegalArgumentException("sinceS must be 0 to emittedS (" + emittedS + "): " + sinceS);
        }
    }

    /** A status that began when it was noticed. */
    public SourceStatus(Kind status, String message, double emittedS) {
        this(status, message, emittedS, emittedS);
    }
}
