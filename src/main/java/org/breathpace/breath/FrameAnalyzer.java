package org.breathpace.breath;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;

/**
 * Turns one frame of decimated audio into {@link FrameFeatures}: the band level, the room's
 * level in the same band, what the frame adds above the room (split into low "wind" and high
 * "hiss"), and how tonal that addition is.
 *
 * <p>Breath is noise-like: its added power spreads over many bins. Voice, music and whistles
 * put theirs into a few narrow peaks; steady hum and fans are learned by the
 * {@link NoiseSpectrum} and so add nothing. The FFT is TarsosDSP's (JTransforms underneath).
 *
 * <p>Not thread-safe; no allocation after construction.
 */
final class FrameAnalyzer {
    /** Lowest frequency considered: above mains hum's fundamental and rumble. */
    static final double LOW_HZ = 100;
    /** Highest frequency considered; breath hiss carries little above this on phone microphones. */
    static final double HIGH_HZ = 6000;
    /**
     * Bands whose excess power describes a sound's spectral shape: wind of air on the microphone
     * sits in the lowest ones, inhaled hiss in the highest.
     */
    static final double[] BAND_EDGES_HZ = {100, 250, 500, 1000, 2000, 3500, 6000};
    static final int BANDS = BAND_EDGES_HZ.length - 1;
    /** Border between the "wind" and "hiss" halves of the band. */
    static final double SPLIT_HZ = 1000;
    /** A bin above the room by less than this factor adds nothing (keeps noise's own spread out). */
    static final double EXCESS_FACTOR = 5;
    /** A spectral peak this many times above the bins two away on each side counts as a tone. */
    static final double TONE_FACTOR = 12;
    /** Frame-to-frame change within which a bin counts as steady, dB. */
    static final double STEADY_DB = 1.5;
    private static final double STEADY_RATIO = Math.pow(10, STEADY_DB / 10);
    /** Bins on each side of a tonal peak that belong to it. */
    static final int TONE_SKIRT = 3;
    /** Voices and instruments: pitches searched for by {@link #voicing}. */
    static final double MIN_PITCH_HZ = 70;
    static final double MAX_PITCH_HZ = 420;
    /**
     * Voicing above which a clearly audible frame is taken for voice or music (breath frames stay
     * under ~0.5; frames barely above the room are too noisy to judge).
     */
    static final double VOICED = 0.7;
    /**
     * Share of the spectral peaks above the room that stand on the same bin as a peak of the frame
     * before, above which the sound is held notes (music, a sung or hummed tone), not breath. The
     * peaks of noise land afresh each frame (about 0.3 of them on a bin that was a peak before, by
     * chance); the partials of held notes stay put (0.6–0.9 even for chords of close low notes, whose
     * partials beat and blur so that neither {@link #isTonalPeak} nor {@link #isSteady} sees them).
     */
    static final double PERSISTENT = 0.5;
    /**
     * Per-frame decay of the peak counts behind {@link FrameFeatures#persistence}: smooths over about
     * three frames, weighting each frame by how many peaks it has (a frame with few is little evidence).
     */
    static final double PERSISTENCE_DECAY = 0.7;
    /** Share of noise's peaks that fall on a bin that was a peak the frame before, by chance. */
    static final double CHANCE_PERSISTENCE = 0.3;
    /**
     * Standard errors above chance that persistence must reach, given how many peaks it rests on
     * (a frame of faint breath has few peaks, and a few of them staying put proves nothing). Without
     * it, one frame of a real recording's breath (11-16 peaks, a few of them steady partials) was
     * taken for held notes, and the breath was split in two there.
     */
    static final double PERSISTENCE_Z = 3;
    /** Fewest (smoothed) peaks on which persistence is judged at all. */
    static final double MIN_PEAKS = 4;
    /** Lowest noise power per bin: about −100 dBFS over the band, for digital silence. */
    private static final double MIN_BIN_POWER_DBFS = -110;

    private final int size;
    private final FFT fft;
    private final float[] buffer;
    private final float[] correlation;
    private final boolean[] tonalBin;
    private final double[] previous;
    private final double[] beforePrevious;
    private final int minLag;
    private final int maxLag;
    private final double[] power;
    private final NoiseSpectrum noise;
    private final int kLow;
    private final int kSplit;
    private final int kHigh;
    /** First bin of each band, plus the end. */
    private final int[] bandStart = new int[BANDS + 1];
    /** Converts a sum of |X_k|² over bins into a mean-square level of the unwindowed signal. */
    private final double powerScale;
    /** Peaks that stayed on their bin, and all peaks, each decayed by {@link #PERSISTENCE_DECAY} per frame. */
    private double keptPeaks;
    private double allPeaks;

    /**
     * @param size       frame length in samples (a power of two)
     * @param sampleRate rate of the frames, Hz (the decimated rate)
     */
    FrameAnalyzer(int size, double sampleRate) {
        this.size = size;
        this.fft = new FFT(size, new HannWindow());
        this.buffer = new float[size];
        this.correlation = new float[size];
        this.tonalBin = new boolean[size / 2 + 1];
        this.previous = new double[size / 2 + 1];
        this.beforePrevious = new double[size / 2 + 1];
        this.minLag = (int) Math.floor(sampleRate / MAX_PITCH_HZ);
        this.maxLag = Math.min(size / 2, (int) Math.ceil(sampleRate / MIN_PITCH_HZ));
        this.power = new double[size / 2 + 1];
        double binHz = sampleRate / size;
        this.kLow = Math.max(1, (int) Math.ceil(LOW_HZ / binHz));
        this.kSplit = (int) Math.round(SPLIT_HZ / binHz);
        this.kHigh = Math.min(size / 2 - 3, (int) Math.floor(Math.min(HIGH_HZ, 0.45 * sampleRate) / binHz));
        for (int b = 0; b <= BANDS; b++) {
            bandStart[b] = Math.max(kLow, Math.min(kHigh + 1, (int) Math.round(BAND_EDGES_HZ[b] / binHz)));
        }
        // Parseval with a Hann window (mean of w² = 3/8): mean square ≈ 2·Σ|X_k|² / (N² · 3/8).
        this.powerScale = 2.0 / ((double) size * size * 0.375);
        double minBin = Math.pow(10, MIN_BIN_POWER_DBFS / 10) / powerScale;
        this.noise = new NoiseSpectrum(size / 2 + 1, minBin, size / sampleRate);
    }

    /** Whether the room estimate has seen enough frames to judge against. */
    boolean settled() {
        return noise.settled();
    }

    /** Frame length in samples. */
    int size() {
        return size;
    }

    /**
     * Measures a frame. Call {@link #learnRoom} afterwards with the verdict on the frame.
     *
     * @param frame {@link #size()} samples; not modified
     * @param out   receives the features
     */
    void analyze(float[] frame, FrameFeatures out) {
        System.arraycopy(frame, 0, buffer, 0, size);
        fft.forwardTransform(buffer);
        for (int k = 1; k < size / 2; k++) {
            float re = buffer[2 * k];
            float im = buffer[2 * k + 1];
            power[k] = (double) re * re + (double) im * im;
        }
        if (!noise.primed()) {
            noise.update(power, kLow - 2, kHigh + 3, true, 1);
        }
        double total = 0;
        double room = 0;
        double low = 0;
        double high = 0;
        double tonal = 0;
        int covered = 0;
        int peaks = 0;
        int kept = 0;
        java.util.Arrays.fill(out.bandExcess, 0);
        int band = 0;
        // Tonal peaks and their skirts (a Hann window spreads a tone over about ±3 bins).
        java.util.Arrays.fill(tonalBin, false);
        for (int k = kLow; k <= kHigh; k++) {
            if (isSteady(k)) {
                tonalBin[k] = true;
            }
            if (isTonalPeak(k)) {
                for (int j = Math.max(kLow, k - TONE_SKIRT); j <= Math.min(kHigh, k + TONE_SKIRT); j++) {
                    tonalBin[j] = true;
                }
            }
        }
        for (int k = kLow; k <= kHigh; k++) {
            while (band < BANDS - 1 && k >= bandStart[band + 1]) {
                band++;
            }
            double p = power[k];
            double n = noise.at(k);
            total += p;
            room += n;
            double excess = p - EXCESS_FACTOR * n;
            if (excess > 0) {
                // Non-short-circuit tests: peaks fall at random in noise, so branches would mispredict.
                // Strictly greater on the previous frame: after digital silence no bin was a peak.
                boolean peak = p >= power[k - 1] & p >= power[k + 1];
                double q = previous[k];
                peaks += peak ? 1 : 0;
                kept += peak & q > previous[k - 1] & q > previous[k + 1] ? 1 : 0;
                if (tonalBin[k]) {
                    // Voice, music and whistles put their power in narrow peaks: it is counted as
                    // tonal, not as breath.
                    tonal += excess;
                    continue;
                }
                covered++;
                out.bandExcess[band] += excess * powerScale;
                if (k < kSplit) {
                    low += excess;
                } else {
                    high += excess;
                }
            }
        }
        out.coverage = covered / (double) (kHigh - kLow + 1);
        keptPeaks = PERSISTENCE_DECAY * keptPeaks + kept;
        allPeaks = PERSISTENCE_DECAY * allPeaks + peaks;
        out.persistence = allPeaks >= MIN_PEAKS ? keptPeaks / allPeaks : 0;
        boolean held = out.persistence > Math.max(PERSISTENT,
                CHANCE_PERSISTENCE + PERSISTENCE_Z * Math.sqrt(CHANCE_PERSISTENCE * (1 - CHANCE_PERSISTENCE) / allPeaks));
        System.arraycopy(previous, kLow - 1, beforePrevious, kLow - 1, kHigh - kLow + 3);
        System.arraycopy(power, kLow - 1, previous, kLow - 1, kHigh - kLow + 3);
        // Voicing costs an inverse FFT, so it is measured only where it can matter: frames that
        // clearly add to the room.
        out.voicing = low + high + tonal > 2 * room ? voicing() : 0;
        if (out.voicing > VOICED || held) {
            // A voiced frame (speech, singing, an instrument) or held notes: what it adds is not breath.
            tonal += low + high;
            low = 0;
            high = 0;
            java.util.Arrays.fill(out.bandExcess, 0);
        }
        out.bandPower = total * powerScale;
        out.noisePower = room * powerScale;
        out.excessLow = low * powerScale;
        out.excessHigh = high * powerScale;
        out.excessPower = out.excessLow + out.excessHigh;
        out.tonality = (low + high + tonal) > 0 ? tonal / (low + high + tonal) : 0;
    }

    /**
     * How periodic the sound above the room is, 0…1: the largest normalised autocorrelation at
     * lags of a voice's or an instrument's pitch, from the inverse FFT of the power above the room
     * (so steady hum, already in the room, does not count). Breath, being noise, stays low.
     */
    private double voicing() {
        java.util.Arrays.fill(correlation, 0);
        for (int k = kLow; k <= kHigh; k++) {
            double excess = power[k] - EXCESS_FACTOR * noise.at(k);
            if (excess > 0) {
                correlation[2 * k] = (float) excess;
            }
        }
        fft.backwardsTransform(correlation);
        double r0 = correlation[0];
        if (!(r0 > 0)) {
            return 0;
        }
        double best = 0;
        for (int lag = minLag; lag <= maxLag; lag++) {
            best = Math.max(best, correlation[lag]);
        }
        return Math.min(1, best / r0);
    }

    /**
     * A bin whose power has held within {@link #STEADY_DB} over three frames: a sustained note or
     * the skirt of one. Noise (breath among it) scatters far more from frame to frame.
     */
    private boolean isSteady(int k) {
        double p = power[k];
        double a = previous[k];
        double b = beforePrevious[k];
        return p < a * STEADY_RATIO && a < p * STEADY_RATIO && a < b * STEADY_RATIO && b < a * STEADY_RATIO;
    }

    /** A local maximum standing far above the bins two away on each side: a tone, not noise. */
    private boolean isTonalPeak(int k) {
        double p = power[k];
        return p >= power[k - 1] && p >= power[k + 1] && p > TONE_FACTOR * 0.5 * (power[k - 2] + power[k + 2]);
    }

    /**
     * Lets the room estimate learn from the frame just analysed.
     *
     * @param isRoom    whether the frame was judged to hold no breath
     * @param riseScale speed-up of the rise (1 normally)
     */
    void learnRoom(boolean isRoom, double riseScale) {
        noise.update(power, kLow - 2, kHigh + 3, isRoom, riseScale);
    }
}
