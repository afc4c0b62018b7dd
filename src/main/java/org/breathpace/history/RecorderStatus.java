package org.breathpace.history;

/**
 * Whether a session's record is reaching the disk.
 *
 * @param state    how saving stands
 * @param message  one sentence for the user ("" when all is well)
 * @param unsaved  steps (samples, exercises, reports) held in memory and not yet on disk
 */
public record RecorderStatus(State state, String message, int unsaved) {
    /** How saving stands. */
    public enum State {
        /** Everything handed over so far is saved (or about to be, within the writer's next pass). */
        SAVING,
        /** Saving failed; the steps are held in memory and retried; see the message. */
        NOT_SAVING,
        /** The session was finished and every step of it is saved. */
        FINISHED
    }

    public RecorderStatus {
        Checks.present("state", state);
        message = message == null ? "" : message;
        if (unsaved < 0) {
            throw new IllegalArgumentException("unsaved must be >= 0: " + unsaved);
        }
    }

    static final RecorderStatus SAVING_OK = new RecorderStatus(State.SAVING, "", 0);
}
