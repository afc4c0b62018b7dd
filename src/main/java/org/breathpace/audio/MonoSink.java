package org.breathpace.audio;

/**
 * Receives mono audio in [-1, 1] from a source. The buffer is reused by the source: copy what
 * you keep. Called on the source's thread (the caller's thread for a file read as fast as
 * possible, the audio thread for live sources); must not block.
 */
@FunctionalInterface
public interface MonoSink {
    void accept(float[] samples, int length);
}
