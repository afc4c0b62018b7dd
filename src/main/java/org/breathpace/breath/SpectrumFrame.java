package org.breathpace.breath;

/**
 * What the sample-only front of the detector ({@link SpectrumFront}) measured in one analysis
 * frame, for the stateful rest ({@link BreathDetector#frameReady}): the frame's decimated samples
 * and power spectrum, its loudest input sample, how many input samples were clipped, and where in
 * the stream it ends. Everything here depends on the samples alone, so it can be computed on
 * another thread. The spectrum may be left for the receiver to compute ({@link PowerSpectrum}):
 * the same function of the same samples, so the same values whichever thread does it.
 *
 * <p>A mutable slot, reused frame after frame (so nothing is allocated per frame): the front
 * overwrites it, then hands it on; whoever holds it owns it until it is handed back.
 */
public final class SpectrumFrame {
    final FrameLayout layout;
    /** The frame's decimated samples, until the forward transform overwrites them (in place). */
    final float[] samples;
    /** Whether {@link #power} holds this frame's spectrum yet. */
    boolean transformed;
    /** |X_k|² of the Hann-windowed frame, bins 0 to size/2 (only the analysed range is filled). */
    final double[] power;
    /** Largest absolute input sample in the frame (before decimation), 0…1. */
    float peak;
    /** Input samples in the frame at or beyond full scale ({@link QualityMeter#CLIP_LEVEL}). */
    long clipped;
    /** Input samples from the start of the stream to the end of this frame. */
    long endSample;

    /** A slot for frames of input at {@code sampleRate} Hz (8000–48000). */
    public SpectrumFrame(float sampleRate) {
        this(FrameLayout.of(sampleRate));
    }

    SpectrumFrame(FrameLayout layout) {
        this.layout = layout;
        this.samples = new float[layout.size()];
        this.power = new double[layout.bins()];
    }

    /** Whether the power spectrum has been computed ({@link PowerSpectrum#complete}). */
    public boolean transformed() {
        return transformed;
    }

    /** Input samples from the start of the stream to the end of this frame. */
    public long endSample() {
        return endSample;
    }

    /** |X_k|² of bin {@code k} of the Hann-windowed frame (0 outside the analysed range), once {@link #transformed}. */
    public double power(int k) {
        if (!transformed) {
            throw new IllegalStateException("the frame's spectrum has not been computed yet");
        }
        return power[k];
    }

    /** Bins of the spectrum, 0 to size/2. */
    public int bins() {
        return power.length;
    }

    /** Largest absolute input sample in the frame, 0…1. */
    public float peak() {
        return peak;
    }

    /** Input samples in the frame at or beyond full scale. */
    public long clipped() {
        return clipped;
    }
}
