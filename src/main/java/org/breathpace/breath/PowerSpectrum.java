package org.breathpace.breath;

import be.tarsos.dsp.util.fft.FFT;
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
    private final FFT fft;

    /** For frames of input at {@code sampleRate} Hz (8000–48000). */
    public PowerSpectrum(float sampleRate) {
        this(FrameLayout.of(sampleRate));
    }

    PowerSpectrum(FrameLayout layout) {
        this.layout = layout;
        this.fft = new FFT(layout.size(), new HannWindow());
    }

    /**
     * Makes sure {@code frame} holds its power spectrum: transforms its samples (in place, so they
     * are gone afterwards) unless that has been done already.
     */
    public void complete(SpectrumFrame frame) {
        if (frame.transformed) {
            return;
        }
        if (frame.layout != layout && !frame.layout.equals(layout)) {
            throw new IllegalArgumentException("a frame of layout " + frame.layout + " is not for this spectrum (" + layout + ")");
        }
        float[] buffer = frame.samples;
        fft.forwardTransform(buffer);
        double[] power = frame.power;
        int half = buffer.length / 2;
        for (int k = 1; k < half; k++) {
            float re = buffer[2 * k];
            float im = buffer[2 * k + 1];
            power[k] = (double) re * re + (double) im * im;
        }
        frame.transformed = true;
    }
}
