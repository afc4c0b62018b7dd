package org.breathpace.breath;

/**
 * Running sums over the frames of one burst of sound (or of its first moments). Mutable and
 * reused; copy the derived values you keep.
 */
final class BurstStats {
    int frames;
    double excess;
    double low;
    double high;
    double tonalEnergy;

    double maxExcessDb = Double.NEGATIVE_INFINITY;
    double firstFramesMaxDbfs = Double.NEGATIVE_INFINITY;
    double lastFrameDbfs = Double.NEGATIVE_INFINITY;
    double maxLevelDbfs = Double.NEGATIVE_INFINITY;
    double peakSample;
    final double[] bands = new double[FrameAnalyzer.BANDS];

    void reset() {
        frames = 0;
        excess = 0;
        low = 0;
        high = 0;
        tonalEnergy = 0;
        maxExcessDb = Double.NEGATIVE_INFINITY;
        firstFramesMaxDbfs = Double.NEGATIVE_INFINITY;
        lastFrameDbfs = Double.NEGATIVE_INFINITY;
        maxLevelDbfs = Double.NEGATIVE_INFINITY;
        peakSample = 0;
        java.util.Arrays.fill(bands, 0);
    }

    void add(FrameFeatures f) {
        double levelDbfs = 10 * Math.log10(f.excessPower + 1e-20);
        if (frames < 2) {
            firstFramesMaxDbfs = Math.max(firstFramesMaxDbfs, levelDbfs);
        }
        lastFrameDbfs = levelDbfs;
        maxLevelDbfs = Math.max(maxLevelDbfs, levelDbfs);
        frames++;
        excess += f.excessPower;
        low += f.excessLow;
        high += f.excessHigh;
        tonalEnergy += f.tonality * f.excessPower;

        maxExcessDb = Math.max(maxExcessDb, f.excessDb());
        peakSample = Math.max(peakSample, f.peak);
        for (int b = 0; b < bands.length; b++) {
            bands[b] += f.bandExcess[b];
        }
    }

    /**
     * Writes the spectral shape of the burst into {@code out}: each band's level in dB relative
     * to the mean over bands, bands more than 40 dB under the loudest held at that depth.
     */
    void shape(double[] out) {
        double max = 0;
        for (double v : bands) {
            max = Math.max(max, v);
        }
        double floor = max * 1e-4 + 1e-30;
        double mean = 0;
        for (int b = 0; b < bands.length; b++) {
            out[b] = 10 * Math.log10(Math.max(bands[b], floor));
            mean += out[b];
        }
        mean /= bands.length;
        for (int b = 0; b < bands.length; b++) {
            out[b] -= mean;
        }
    }

    /** Loudest frame's excess level, dBFS. */
    double peakLevelDbfs() {
        return maxLevelDbfs;
    }

    /** Mean level of what the burst adds above the room, dBFS. */
    double levelDbfs() {
        return 10 * Math.log10(excess / Math.max(frames, 1) + 1e-20);
    }

    /** Hiss over wind, dB: positive for a bright (hissing) sound, negative for low wind. */
    double brightnessDb() {
        return 10 * Math.log10((high + 1e-20) / (low + 1e-20));
    }

    /** Energy-weighted share of tonal peaks, 0…1. */
    double tonality() {
        return excess > 0 ? tonalEnergy / excess : 0;
    }
}
