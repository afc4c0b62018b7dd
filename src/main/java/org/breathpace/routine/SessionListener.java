package org.breathpace.routine;

/**
 * Receives a session's events in order.
 *
 * <p><b>Thread contract.</b> Called on the thread that drives the {@link Session} (the one that
 * calls its methods; in the terminal that is the main thread, never the audio thread).
 * Implementations must return quickly, must not block and must not throw; a UI must hand the
 * event to its own thread (JavaFX: {@code Platform.runLater}) before touching any node. Events are
 * immutable records and may be kept.
 */
@FunctionalInterface
public interface SessionListener {
    /** A listener that ignores everything. */
    SessionListener NONE = e -> { };

    void onEvent(SessionEvent event);

    /** A listener that passes every event to each of {@code listeners} in turn. */
    static SessionListener all(SessionListener... listeners) {
        SessionListener[] copy = listeners.clone();
        return e -> {
            for (SessionListener l : copy) {
                l.onEvent(e);
            }
        };
    }
}
