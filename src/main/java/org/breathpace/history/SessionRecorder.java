package org.breathpace.history;

import java.util.concurrent.CompletableFuture;

/**
 * Saves a session as it happens. Every method only hands the step to the history writer thread
 * and returns at once: it never blocks, never touches the disk, and never throws into the session
 * (a problem with saving shows up in {@link #status()} and the {@link RecorderListener}). Callable
 * from any thread; steps from one thread are saved in the order given. Steps after
 * {@link #finish} are ignored. The only exception thrown is IllegalArgumentException for a value
 * outside its documented range (a bug in the caller, caught before it reaches the writer).
 */
public interface SessionRecorder {

    /** The resting rate measured at check-in, breaths/min (1–60), or null if it could not be measured. */
    void checkIn(Double restingRate);

    /** The breath rate at {@code offsetS} seconds into the session (call every few seconds). */
    void rate(double offsetS, double breathsPerMin);

    /** An exercise is over (done, eased or skipped). */
    void exercise(ExerciseResult result);

    /** The user reported pain. */
    void pain(PainReport report);

    /** The session is over; {@code end.completed()} false marks it interrupted. */
    void finish(SessionEnd end);

    /** Completes once every step handed over before this call is on disk. */
    CompletableFuture<Void> flush();

    /** How saving stands now. */
    RecorderStatus status();

    /**
     * A recorder that saves nothing, for when there is no usable history (the status says why).
     *
     * @param reason one sentence for the user
     */
    static SessionRecorder unsaved(String reason, RecorderListener listener) {
        RecorderStatus status = new RecorderStatus(RecorderStatus.State.NOT_SAVING, reason, 0);
        listener.statusChanged(status);
        return new SessionRecorder() {
            @Override public void checkIn(Double restingRate) { }
            @Override public void rate(double offsetS, double breathsPerMin) { }
            @Override public void exercise(ExerciseResult result) { }
            @Override public void pain(PainReport report) { }
            @Override public void finish(SessionEnd end) { }
            @Override public CompletableFuture<Void> flush() {
                return CompletableFuture.failedFuture(new HistoryException(reason));
            }
            @Override public RecorderStatus status() {
                return status;
            }
        };
    }
}
