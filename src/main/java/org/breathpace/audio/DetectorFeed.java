package org.breathpace.audio;

import org.breathpace.breath.BreathDetector;

/**
 * The one path from live audio into the breath detector: mixes channels down, watches for a
 * muted input, feeds {@link BreathDetector}, and reports status. Used on the audio thread by
 * every {@link LiveSource}; allocates nothing per block except status events.
 */
final class DetectorFeed {
    private final BreathDetector detector;
    private final SourceListener listener;
    private final MutedWatch muted = new MutedWatch();
    private final float[] mono;

    DetectorFeed(float sampleRate, int maxFrames, SourceListener listener) {
        this.detector = new BreathDetector(sampleRate, listener);
        this.listener = listener;
        this.mono = new float[maxFrames];
    }

    /** Feeds {@code frames} frames of {@code channels} interleaved samples. */
    void feed(float[] interleaved, int frames, int channels) {
        float[] samples = interleaved;
        if (channels > 1) {
            WavFileSource.mixDown(interleaved, mono, frames, channels);
            samples = mono;
        }
        double startS = detector.streamTimeS();
        detector.process(samples, 0, frames);
        int change = muted.accept(samples, frames, startS, detector.streamTimeS());
        if (change > 0) {
            listener.onStatus(new SourceStatus(SourceStatus.Kind.MUTED,
                    "The input is silent (exact zeros): check the microphone's mute switch or the system's input volume.",
                    detector.streamTimeS()));
        } else if (change < 0) {
            listener.onStatus(new SourceStatus(SourceStatus.Kind.RESUMED, "Sound is coming in again.",
                    detector.streamTimeS()));
        }
    }

    /** Ends the stream (closes an open phase, final quality). */
    void finish() {
        detector.finish();
    }

    double streamTimeS() {
        return detector.streamTimeS();
    }
}
