package org.breathpace.breath;

/**
 * What {@link FrameAnalyzer} measured in one analysis frame. A mutable holder, reused for every
 * frame so that the audio thread does not allocate; copy the values you keep.
 *
 * <p>Powers are mean-square values in full-scale units (1.0 = a full-scale square wave), so
 * {@code 10·log10(power)} is a level in dBFS.
 */
public final class FrameFeatures {
    /** Mean-square level of the whole band (100 Hz – 6 kHz, or the Nyquist limit), noise included. */
    public double bandPower;
    /** Estimated noise power in the same band (from {@link NoiseSpectrum}). */
    public double noisePower;
    /** Noise-like power above the room estimate (tonal peaks left out): what breath would add. */
    public double excessPower;
    /** Excess power below {@link FrameAnalyzer#SPLIT_HZ}: the low "wind" of air on the microphone. */
    public double excessLow;
    /** Excess power above {@link FrameAnalyzer#SPLIT_HZ}: the higher hiss. */
    public double excessHigh;
    /** Share of all power above the room that sits in narrow spectral peaks, 0…1: high for voice, music, whistles. */
    public double tonality;
    /** Excess power in each of {@link FrameAnalyzer#BAND_EDGES_HZ}'s bands: the sound's spectral shape. */
    public final double[] bandExcess = new double[FrameAnalyzer.BANDS];
    /**
     * Power against the room bin by bin, averaged over the bins of the wind bands (under
     * {@link FrameAnalyzer#SPLIT_HZ}): the mean of each bin's power divided by the room's. About
     * 1.2 where the frame is only room (the room's floor sits a little under its mean); a breath
     * too faint to lift single bins far above the room still lifts this mean. Not zeroed for
     * voiced frames.
     */
    public double windRatio;
    /** The same for the hiss bands (over {@link FrameAnalyzer#SPLIT_HZ}). */
    public double hissRatio;
    /** Share of the band's bins with noise-like power above the room, 0…1: breath spreads wide. */
    public double coverage;
    /** How periodic (voiced, musical) the sound above the room is, 0…1; breath stays low. */
    public double voicing;
    /**
     * Share of the recent frames' spectral peaks above the room that stayed on their bin from one
     * frame to the next, 0…1 (smoothed over a few frames): about 0.3 for noise such as breath, whose
     * peaks land afresh each frame; high for held notes. 0 while too few peaks have been seen.
     */
    public double persistence;
    /** Largest absolute sample value in the frame (before decimation), 0…1. */
    public double peak;

    /** Excess over noise in dB; very negative when the frame is just room. */
    public double excessDb() {
        return 10 * Math.log10((excessPower + 1e-20) / (noisePower + 1e-20));
    }

    void copyFrom(FrameFeatures o) {
        bandPower = o.bandPower;
        noisePower = o.noisePower;
        excessPower = o.excessPower;
        excessLow = o.excessLow;
        excessHigh = o.excessHigh;
        tonality = o.tonality;
        peak = o.peak;
        voicing = o.voicing;
        coverage = o.coverage;
        persistence = o.persistence;
        System.arraycopy(o.bandExcess, 0, bandExcess, 0, bandExcess.length);
        windRatio = o.windRatio;
        hissRatio = o.hissRatio;
    }
}
