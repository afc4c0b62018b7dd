package org.breathpace.audio;

/**
 * An input that cannot be used, with one sentence for the user that says what is wrong, where,
 * and what to do.
 */
public final class AudioInputException extends Exception {
    public AudioInputException(String message) {
        super(message);
    }

    public AudioInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
