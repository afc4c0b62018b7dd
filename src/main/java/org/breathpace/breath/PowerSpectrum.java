package org.breathpace.breath;

import be.tarsos.dsp.util.fft.FloatFFT;
import be.tarsos.dsp.util.fft.HannWindow;

/**
 * The power spectrum of a frame: TarsosDSP's FFT of the Hann-windowed decimated samples, |X_k|²
 * per bin. A pure function of the samples, so it may run on whichever thread has time: the
 * {@link SpectrumFront} computes it, or leaves it to the receiver of the frame.
 *
 * <p>Not thread-safe (one per thread); no allocation after construction.
 */
public final class PowerSpectrum {
    private final FrameLayout layout;
    private final FloatFFT fft;
    /** TarsosDSP's Hann window for the frame size, as its {@code FFT} would apply it. */
    private final float[] window;

    /** For frames of input at {@code sampleRate} Hz (8000–48000). */
    public PowerSpectrum(float sampleRate) {
        this(FrameLayout.of(sampleRate));
    }

    PowerSpectrum(FrameLayout layout) {
        this.layout = layout;
        this.fft = new FloatFFT(layout.size());
        this.window = new HannWindow().generateCurve(layout.size());
    }

    /**
     * Makes sure {@code frame} holds its power spectrum: transforms its samples (in place, so they
     * are gone afterwards) unless that has been done already.
     *
     * <p>This is what TarsosDSP's {@code FFT.forwardTransform} does (the window, then
     * {@code FloatFFT.realForward}), with the window's loop here: each loop is a method of its own,
     * called once per frame, so that the JIT compiles it, and this method with the transform
     * inlined, once each, rather than first "on stack" and then again.
     */
    public void complete(SpectrumFrame frame) {
        if (frame.transformed) {
            return;
        }
        if (frame.layout != layout && !frame.layout.equals(layout)) {
            throw new IllegalArgumentException("a frame of layout " + frame.layout + " is not for this spectrum (" + layout + ")");
        }
        float[] buffer = frame.samples;
        applyWindow(buffer);
        fft.realForward(buffer);
        powers(buffer, frame.power);
        frame.transformed = true;
    }

    /** Multiplies the samples by the window, in place. */
    private void applyWindow(float[] buffer) {
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = buffer[i] * window[i];
        }
    }

    /** |X_k|² of each bin but the first and the middle, from the transform's packed output. */
    private static void powers(float[] buffer, double[] power) {
        int half = buffer.length / 2;
        for (int k = 1; k < half; k++) {
            float re = buffer[2 * k];
            float im = buffer[2 * k + 1];
            power[k] = (double) re * re + (double) im * im;
        }
    }
}
