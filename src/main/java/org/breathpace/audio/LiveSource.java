package org.breathpace.audio;

/**
 * Audio that arrives as it is made (a microphone, or a recording replayed in real time) and is
 * run through the breath detector on a dedicated thread.
 *
 * <p>Life cycle: {@link #start} reports {@code started}; faults never throw once started, they
 * arrive as statuses ({@code muted}, {@code stalled}, {@code resumed}); the stream ends with
 * exactly one {@code stopped} (after {@link #close}, or at the end of a recording) or
 * {@code input_lost} (the device went away or failed), after which no more events come. A
 * session that loses its input can keep running on its timer alone; {@link #close} is safe to
 * call at any time, more than once, and also on a source whose {@link #start} failed.
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

    /** Stops capturing; returns once the audio thread has ended (at most half a second). */
    @Override
    void close();
}
