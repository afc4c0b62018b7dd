package org.breathpace.breath;

import java.util.Objects;

/**
 * Streaming breath detector: feed it mono frames of any length as they arrive; it emits
 * phases, rate and quality to its listener as soon as each is decided. The same object runs
 * live (audio thread) and offline (analyze).
 *
 * <p>Not thread-safe: one thread feeds it. {@link #process} does not allocate in steady state.
 *
 * <p>(The detection algorithm is being built under issue 2; this is the public shape.)
 */
public final class BreathDetector {

    private final float sampleRate;
    private final BreathListener listener;
    private long samplesSeen;

    /**
     * @param sampleRate input sample rate in Hz, 8000–48000
     * @param listener   receives events on the calling thread; see {@link BreathListener}
     */
    public BreathDetector(float sampleRate, BreathListener listener) {
        if (!(sampleRate >= 8000 && sampleRate <= 48000)) {
            throw new IllegalArgumentException("sample rate must be 8000–48000 Hz: " + sampleRate);
        }
        this.sampleRate = sampleRate;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Feeds {@code length} mono samples in [-1, 1] from {@code samples[offset]}. */
    public void process(float[] samples, int offset, int length) {
        samplesSeen += length;
    }

    /** Ends the stream: closes any open phase and emits final rate and quality. */
    public void finish() {
    }

    /** Seconds of audio fed so far. */
    public double streamTimeS() {
        return samplesSeen / (double) sampleRate;
    }

    public float sampleRate() {
        return sampleRate;
    }
}
