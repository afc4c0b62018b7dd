package org.breathpace.audio;

/**
 * Audio that arrives as it is made (a microphone, or a recording replayed in real time) and is
 * run through the breath detector on a dedicated thread.
 */
public interface LiveSource extends AutoCloseable {

    /** A short description for people, e.g. "USB microphone, 44100 Hz". */
    String description();

    /**
     * Starts capturing on a new thread named "breathpace-audio"; events go to {@code listener}
     * on that thread (see {@link SourceListener}).
     *
     * @throws AudioInputException when the input cannot be opened, with a sentence saying why
     */
    void start(SourceListener listener) throws AudioInputException;

    /** Stops capturing; returns once the audio thread has ended (at most about half a second). */
    @Override
    void close();
}
