package org.breathpace.routine;

/** A routine file that cannot be used; the message is one sentence naming the file, the field and the reason. */
public final class RoutineFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public RoutineFileException(String message) {
        super(message);
    }
}
