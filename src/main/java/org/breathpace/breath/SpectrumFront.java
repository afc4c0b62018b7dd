package org.breathpace.breath;

import java.util.Objects;

/**
 * The part of the detector that depends on the samples alone: box-average decimation to about
 * {@link BreathDetector#TARGET_RATE_HZ}, the loudest and the clipped input samples, mains hum
 * taken out once found ({@link HumCanceller}), and each frame's power spectrum (TarsosDSP's FFT
 * with a Hann window). Every finished frame goes to a {@link FrameHandoff} as a
 * {@link SpectrumFrame}; {@link BreathDetector} makes all the decisions.
 *
 * <p>Live, {@link BreathDetector#process} runs its own front and hands each frame straight to
 * itself on the audio thread. Offline analysis may run a front on a second thread and pass the
 * frames over: the frames, and so the events, are the same either way.
 *
 * <p>Not thread-safe: one thread feeds it. {@link #process} does not allocate.
 */
public final class SpectrumFront {
    private final FrameLayout layout;
    private final int factor;
    private final float inverseFactor;
    private final PowerSpectrum spectrum;
    private final HumCanceller hum;
    private final FrameHandoff handoff;
    /** The frame being filled with decimated samples. */
    private SpectrumFrame slot;
    private boolean transforming = true;

    private long samplesSeen;
    private float accumulator;
    private int accumulated;
    private int framePos;
    private float framePeak;
    private long frameClipped;

    /**
     * @param sampleRate input sample rate in Hz, 8000–48000
     * @param first      the slot the first frame is written into (of the same sample rate)
     * @param handoff    takes each finished frame, on the calling thread
     */
    public SpectrumFront(float sampleRate, SpectrumFrame first, FrameHandoff handoff) {
        this(FrameLayout.of(sampleRate), first, handoff);
    }

    SpectrumFront(FrameLayout layout, SpectrumFrame first, FrameHandoff handoff) {
        this.layout = layout;
        this.factor = layout.factor();
        this.inverseFactor = 1f / factor;
        this.spectrum = new PowerSpectrum(layout);
        this.hum = new HumCanceller(layout.size(), layout.decimatedRate());
        this.handoff = Objects.requireNonNull(handoff, "handoff");
        this.slot = checked(first);
    }

    private SpectrumFrame checked(SpectrumFrame s) {
        if (s == null || (s.layout != layout && !s.layout.equals(layout))) {
            throw new IllegalArgumentException("a frame slot of layout " + layout + " is needed, not "
                    + (s == null ? "none" : s.layout));
        }
        return s;
    }

    /**
     * Whether the front computes each frame's power spectrum before handing it over (the default),
     * or leaves that to the receiver ({@link PowerSpectrum#complete}): a second thread with time
     * to spare can take that work over. The values are the same either way.
     */
    public void transformFrames(boolean transform) {
        this.transforming = transform;
    }

    /** Input samples fed so far. */
    public long samplesSeen() {
        return samplesSeen;
    }

    /** Feeds {@code length} mono samples in [-1, 1] from {@code samples[offset]}. */
    public void process(float[] samples, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int untilFrameFull = (slot.samples.length - framePos) * factor - accumulated;
            int stop = Math.min(end, i + untilFrameFull);
            decimate(samples, i, stop);
            samplesSeen += stop - i;
            i = stop;
            if (framePos == slot.samples.length) {
                framePos = 0;
                finishFrame();
            }
        }
    }

    /**
     * Decimates {@code samples[from…to)}, which do not go past the end of the current frame, into
     * it, and tracks their loudest and clipped samples: the hot loop of the detector, with locals
     * only. A method of its own, called once per frame, so that the JIT compiles this loop, and
     * {@link #process} with the frame's transform inlined, once each (a method whose own loop runs
     * for thousands of steps per call is compiled "on stack" first, then again as a method).
     */
    private void decimate(float[] samples, int from, int to) {
        float[] frame = slot.samples;
        // One pass averages each group of samples and tracks the loudest one. The loudest is
        // tracked on the magnitudes' bit patterns, which order as the magnitudes do: an integer
        // maximum is one cheap instruction, a float one a slow chain from sample to sample.
        int peak = 0;
        int k = from;
        int pos = framePos;
        if (accumulated > 0) {
            // finish the group left open by the previous call
            float acc = accumulator;
            int count = accumulated;
            while (k < to && count < factor) {
                float v = samples[k++];
                acc += v;
                peak = Math.max(peak, magnitude(v));
                count++;
            }
            if (count == factor) {
                frame[pos++] = acc * inverseFactor;
                accumulator = 0;
                accumulated = 0;
            } else {
                accumulator = acc;
                accumulated = count;
            }
        }
        int whole = (to - k) / factor;
        if (factor == 3) {
            for (int g = 0; g < whole; g++, k += 3) {
                float a = samples[k];
                float b = samples[k + 1];
                float c = samples[k + 2];
                frame[pos++] = (a + b + c) * inverseFactor;
                peak = Math.max(peak, Math.max(magnitude(a), Math.max(magnitude(b), magnitude(c))));
            }
        } else if (factor == 1) {
            for (int g = 0; g < whole; g++, k++) {
                float a = samples[k];
                frame[pos++] = a;
                peak = Math.max(peak, magnitude(a));
            }
        } else {
            for (int g = 0; g < whole; g++) {
                float acc = 0;
                for (int d = 0; d < factor; d++) {
                    float v = samples[k + d];
                    acc += v;
                    peak = Math.max(peak, magnitude(v));
                }
                frame[pos++] = acc * inverseFactor;
                k += factor;
            }
        }
        if (k < to) {
            float acc = 0;
            int count = 0;
            while (k < to) {
                float v = samples[k++];
                acc += v;
                peak = Math.max(peak, magnitude(v));
                count++;
            }
            accumulator = acc;
            accumulated = count;
        }
        float loudest = Float.intBitsToFloat(peak);
        if (loudest >= QualityMeter.CLIP_LEVEL) {
            // Only a chunk that reached full scale is scanned again to count its clipped samples.
            frameClipped += countClipped(samples, from, to);
        }
        framePeak = Math.max(framePeak, loudest);
        framePos = pos;
    }

    /** |v| as its bit pattern: for any two floats, the larger magnitude has the larger pattern. */
    private static int magnitude(float v) {
        return Float.floatToRawIntBits(v) & 0x7fffffff;
    }

    private static int countClipped(float[] samples, int from, int to) {
        int clipped = 0;
        for (int k = from; k < to; k++) {
            clipped += Math.abs(samples[k]) >= QualityMeter.CLIP_LEVEL ? 1 : 0;
        }
        return clipped;
    }

    private void finishFrame() {
        SpectrumFrame s = slot;
        s.transformed = false;
        hum.filter(s.samples);
        if (transforming) {
            spectrum.complete(s);
        }
        s.peak = framePeak;
        s.clipped = frameClipped;
        s.endSample = samplesSeen;
        framePeak = 0;
        frameClipped = 0;
        slot = checked(handoff.frameReady(s));
    }
}
