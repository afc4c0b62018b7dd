package org.breathpace.audio;

import org.breathpace.breath.BreathDetector;

/**
 * The one path from live audio into the breath detector: mixes channels down, watches for a
 * muted input, feeds {@link BreathDetector}, and reports status. Used on the audio thread by
 * every {@link LiveSource}; allocates nothing per block except events.
 *
 * <p>The detector starts at the first block that holds any sound: exact zeros before it (a
 * device that delivers silence while it wakes up, a virtual microphone before anything plays)
 * would teach it a room of digital silence, and the first real room noise would then look like
 * a breath. Event times still count from the start of capture.
 */
final class DetectorFeed {
    private final float sampleRate;
    private final SourceListener listener;
    private final MutedWatch muted = new MutedWatch();
    private final float[] mono;
    private BreathDetector detector;
    private long frames;

    DetectorFeed(float sampleRate, int maxFrames, SourceListener listener) {
        if (!(sampleRate >= 8000 && sampleRate <= 48000)) {
            throw new IllegalArgumentException("sample rate must be 8000–48000 Hz: " + sampleRate);
        }
        this.sampleRate = sampleRate;
        this.listener = listener;
        this.mono = new float[maxFrames];
    }

    /** Feeds {@code count} frames of {@code channels} interleaved samples. */
    void feed(float[] interleaved, int count, int channels) {
        float[] samples = interleaved;
        if (channels > 1) {
            WavFileSource.mixDown(interleaved, mono, count, channels);
            samples = mono;
        }
        double startS = frames / (double) sampleRate;
        frames += count;
        double endS = frames / (double) sampleRate;
        double sum = 0;
        float peak = 0;
        for (int i = 0; i < count; i++) {
            float v = samples[i];
            sum += v * v;
            peak = Math.max(peak, Math.abs(v));
        }
        listener.onLevel(count == 0 || sum == 0 ? -120 : Math.max(-120, 10 * Math.log10(sum / count)),
                peak == 0 ? -120 : Math.max(-120, 20 * Math.log10(peak)), startS, endS);
        int change = muted.accept(samples, count, startS, endS);
        if (change > 0) {
            listener.onStatus(new SourceStatus(SourceStatus.Kind.MUTED,
                    "The input is silent (exact zeros): check the microphone's mute switch or the system's input volume.",
                    endS, muted.changedAtS()));
        } else if (change < 0) {
            listener.onStatus(new SourceStatus(SourceStatus.Kind.RESUMED, String.format(java.util.Locale.ROOT,
                    "Sound is coming in again (since %.3f s).", muted.changedAtS()), endS, muted.changedAtS()));
        }
        if (detector == null) {
            if (muted.lastBlockSilent()) {
                return;
            }
            detector = new BreathDetector(sampleRate, new ShiftedListener(listener, startS));
        }
        detector.process(samples, 0, count);
    }

    /**
     * Moves stream time on by {@code seconds} of audio that never arrived (a line that stalled),
     * so stream time keeps pace with the clock of whoever listens. The detector heard before the
     * gap is finished (an open phase is closed where the sound stopped) and a new one starts at
     * the next block with sound: the room and the breathing may both have changed meanwhile.
     */
    void skip(double seconds) {
        if (!(seconds > 0)) {
            return;
        }
        finish();
        detector = null;
        frames += Math.round(seconds * sampleRate);
    }

    /** Ends the stream (closes an open phase, final quality). */
    void finish() {
        if (detector != null) {
            detector.finish();
        }
    }

    /** Seconds of audio received since capture began. */
    double streamTimeS() {
        return frames / (double) sampleRate;
    }
}
