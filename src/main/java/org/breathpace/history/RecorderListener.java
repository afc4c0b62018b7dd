package org.breathpace.history;

/**
 * Hears how saving a session stands. Called on the history writer thread (never the audio or UI
 * thread), only when the status changes; must return quickly, must not block and must not throw
 * (hand the status over to the UI thread and return).
 */
@FunctionalInterface
public interface RecorderListener {
    /** A listener that does nothing. */
    RecorderListener NONE = status -> { };

    void statusChanged(RecorderStatus status);
}
