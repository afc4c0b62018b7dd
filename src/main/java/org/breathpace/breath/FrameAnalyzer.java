package org.breathpace.breath;

import be.tarsos.dsp.util.fft.FloatFFT;

/**
 * Turns one frame's power spectrum (from {@link SpectrumFront}) into {@link FrameFeatures}: the
 * band level, the room's level in the same band, what the frame adds above the room (split into
 * low "wind" and high "hiss"), and how tonal that addition is. This is the stateful half of the
 * spectral analysis (it remembers the previous frames and learns the room); the forward
 * transform, which needs only the samples, is done by the front.
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
    /**
     * Lowest room power per bin, dBFS: about the noise of 16-bit quantisation spread over the bins
     * (−101 dBFS in all, over 256 bins), so that in a gated input's digital silence a quiet
     * breath still stands out as far as its samples allow.
     */
    private static final double MIN_BIN_POWER_DBFS = -125;
    /**
     * Power per bin, dBFS, about that of the last bit's flicker (dithered 16-bit quantisation is
     * about −120): the room's warm-up counts a frame as sound only above twice this, so that a
     * gated input's near-silence before its gate opens does not dilute the room it learns.
     */
    private static final double SILENCE_BIN_POWER_DBFS = -118;

    private final int size;
    /** The real transform of half a frame's length, for {@link #cosineTransform}. */
    private final FloatFFT halfTransform;
    /** sin(πi/(size/2)) and cos(πi/(size/2)) for the pass before that transform. */
    private final double[] sine;
    private final double[] cosine;
    private final float[] correlation;
    /** Each bin's power above the room (0 where none) in the frame being analysed. */
    private final double[] excessBin;
    /** Each bin's power over the room's in the frame being analysed. */
    private final double[] ratioBin;
    private final double[] previous;
    private final double[] beforePrevious;
    private final int minLag;
    private final int maxLag;
    /** The spectrum of the frame being analysed (the caller's array, kept until {@link #learnRoom}). */
    private double[] power;
    private final NoiseSpectrum noise;
    private final int kLow;
    private final int kSplit;
    private final int kHigh;
    /** First bin of each band, plus the end. */
    private final int[] bandStart = new int[BANDS + 1];
    /** Bins of the bands under and over {@link #SPLIT_HZ} (at least 1), for {@link FrameFeatures#windRatio}. */
    private final int windBins;
    private final int hissBins;
    /** Converts a sum of |X_k|² over bins into a mean-square level of the unwindowed signal. */
    private final double powerScale;
    /** Peaks that stayed on their bin, and all peaks, each decayed by {@link #PERSISTENCE_DECAY} per frame. */
    private double keptPeaks;
    private double allPeaks;
    /** What {@link #scanBins} found in the frame being analysed: sums of power over the band's bins. */
    private double sumTotal;
    private double sumRoom;
    private double sumLow;
    private double sumHigh;
    private double sumTonal;
    /** …and counts of spectral peaks above the room, and of those on a bin that was a peak the frame before. */
    private int peakBins;
    private int keptBins;

    /**
     * @param size       frame length in samples (a power of two)
     * @param sampleRate rate of the frames, Hz (the decimated rate)
     */
    FrameAnalyzer(int size, double sampleRate) {
        this.size = size;
        this.halfTransform = new FloatFFT(size / 2);
        this.sine = new double[size / 4];
        this.cosine = new double[size / 4];
        for (int i = 0; i < size / 4; i++) {
            sine[i] = Math.sin(Math.PI * i / (size / 2));
            cosine[i] = Math.cos(Math.PI * i / (size / 2));
        }
        this.correlation = new float[size / 2 + 1];
        this.excessBin = new double[size / 2 + 1];
        this.ratioBin = new double[size / 2 + 1];
        this.previous = new double[size / 2 + 1];
        this.beforePrevious = new double[size / 2 + 1];
        this.minLag = (int) Math.floor(sampleRate / MAX_PITCH_HZ);
        this.maxLag = Math.min(size / 2, (int) Math.ceil(sampleRate / MIN_PITCH_HZ));
        double binHz = sampleRate / size;
        this.kLow = Math.max(1, (int) Math.ceil(LOW_HZ / binHz));
        this.kSplit = (int) Math.round(SPLIT_HZ / binHz);
        this.kHigh = Math.min(size / 2 - 3, (int) Math.floor(Math.min(HIGH_HZ, 0.45 * sampleRate) / binHz));
        for (int b = 0; b <= BANDS; b++) {
            bandStart[b] = Math.max(kLow, Math.min(kHigh + 1, (int) Math.round(BAND_EDGES_HZ[b] / binHz)));
        }
        int split = kLow;
        for (int b = 0; b < BANDS; b++) {
            split = BAND_EDGES_HZ[b] < SPLIT_HZ ? bandStart[b + 1] : split;
        }
        this.windBins = Math.max(1, split - kLow);
        this.hissBins = Math.max(1, kHigh + 1 - split);
        // Parseval with a Hann window (mean of w² = 3/8): mean square ≈ 2·Σ|X_k|² / (N² · 3/8).
        this.powerScale = 2.0 / ((double) size * size * 0.375);
        double minBin = Math.pow(10, MIN_BIN_POWER_DBFS / 10) / powerScale;
        double silenceBin = Math.pow(10, SILENCE_BIN_POWER_DBFS / 10) / powerScale;
        this.noise = new NoiseSpectrum(size / 2 + 1, minBin, silenceBin, size / sampleRate);
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
     * @param spectrum the frame's power spectrum, {@code size / 2 + 1} bins, as
     *                 {@link SpectrumFront} makes it; read, not modified, and used again by
     *                 {@link #learnRoom}, so it must not change until then
     * @param out      receives the features
     */
    void analyze(double[] spectrum, FrameFeatures out) {
        if (spectrum.length != size / 2 + 1) {
            throw new IllegalArgumentException("a spectrum of " + (size / 2 + 1) + " bins is needed, not " + spectrum.length);
        }
        power = spectrum;
        if (!noise.primed()) {
            noise.update(power, kLow - 2, kHigh + 3, true, 1);
        }
        scanBins(out);
        double total = sumTotal;
        double room = sumRoom;
        double low = sumLow;
        double high = sumHigh;
        double tonal = sumTonal;
        int peaks = peakBins;
        int kept = keptBins;
        keptPeaks = PERSISTENCE_DECAY * keptPeaks + kept;
        allPeaks = PERSISTENCE_DECAY * allPeaks + peaks;
        out.persistence = allPeaks >= MIN_PEAKS ? keptPeaks / allPeaks : 0;
        double heldAbove = Math.max(PERSISTENT,
                CHANCE_PERSISTENCE + PERSISTENCE_Z * Math.sqrt(CHANCE_PERSISTENCE * (1 - CHANCE_PERSISTENCE) / allPeaks));
        System.arraycopy(previous, kLow - 1, beforePrevious, kLow - 1, kHigh - kLow + 3);
        System.arraycopy(power, kLow - 1, previous, kLow - 1, kHigh - kLow + 3);
        // Voicing costs an FFT, so it is measured only where it can matter: frames that
        // clearly add to the room.
        out.voicing = low + high + tonal > 2 * room ? voicing(excessBin) : 0;
        // A voiced frame (speech, singing, an instrument) or held notes: what it adds is not breath,
        // so it all counts as tonal. Written without a branch: most recordings have no such frame
        // for minutes, and a branch never taken is compiled as a trap that throws the whole method
        // back to the interpreter, to be compiled again, when the first one comes. `notBreath` is 1
        // or 0; the sums are finite and never negative, so multiplying by 0 gives the +0.0 the
        // branch assigned, adding 0 leaves `tonal` as it was, and multiplying by 1 changes nothing.
        int notBreath = above(out.voicing, VOICED) | above(out.persistence, heldAbove);
        double breathShare = 1 - notBreath;
        tonal += (low + high) * notBreath;
        low *= breathShare;
        high *= breathShare;
        for (int band = 0; band < BANDS; band++) {
            out.bandExcess[band] *= breathShare;
        }
        out.bandPower = total * powerScale;
        out.noisePower = room * powerScale;
        out.excessLow = low * powerScale;
        out.excessHigh = high * powerScale;
        out.excessPower = out.excessLow + out.excessHigh;
        out.tonality = (low + high + tonal) > 0 ? tonal / (low + high + tonal) : 0;
    }

    /**
     * The pass over the bins of {@link #analyze}: fills {@code out}'s band excesses, wind and hiss
     * ratios and coverage, and leaves the frame's sums in the {@code sum…} fields. A method of its
     * own so that the JIT compiles this loop, which it first compiles "on stack" while the loop
     * runs and then again as a method, without the rest of {@link #analyze} (the voicing and its
     * transform) inlined into both.
     */
    private void scanBins(FrameFeatures out) {
        double total = 0;
        double room = 0;
        double low = 0;
        double high = 0;
        double tonal = 0;
        int covered = 0;
        int peaks = 0;
        int kept = 0;
        // One pass over the bins, band by band, without data-dependent branches (on noise they
        // would be mispredicted about every other bin). A bin is tonal when it is steady or lies
        // within TONE_SKIRT bins of a tonal peak (a Hann window spreads a tone over about ±3 bins):
        // the peaks are looked for TONE_SKIRT bins ahead, and `lastPeak` is the latest found so far.
        // A bin adds its power above the room, if any: to `tonal` when tonal (voice, music and
        // whistles put their power in narrow peaks), else to the breath sums. Adding +0.0 where the
        // old branches added nothing leaves every sum exactly as it was.
        double windRatio = 0;
        double hissRatio = 0;
        double[] floor = noise.floor();
        ratiosAndExcess(floor);
        int lastPeak = Integer.MIN_VALUE / 2;
        for (int j = kLow; j < kLow + TONE_SKIRT && j <= kHigh; j++) {
            lastPeak = isTonalPeak(j) ? j : lastPeak;
        }
        for (int band = 0; band < BANDS; band++) {
            int from = band == 0 ? kLow : bandStart[band];
            int to = band == BANDS - 1 ? kHigh + 1 : bandStart[band + 1];
            double bandSum = 0;
            double ratioSum = 0;
            for (int k = from; k < to; k++) {
                int ahead = k + TONE_SKIRT;
                if (ahead <= kHigh) {
                    lastPeak = isTonalPeak(ahead) ? ahead : lastPeak;
                }
                int tonalFlag = isSteady(k) | lastPeak >= k - TONE_SKIRT ? 1 : 0;
                double p = power[k];
                total += p;
                room += floor[k];
                ratioSum += ratioBin[k];
                double added = excessBin[k];
                // A spectral peak above the room, and whether the frame before had one on the same
                // bin (strictly: after digital silence, all bins 0, no bin was a peak).
                int peak = added > 0 & p >= power[k - 1] & p >= power[k + 1] ? 1 : 0;
                double q = previous[k];
                peaks += peak;
                kept += peak & (q > previous[k - 1] & q > previous[k + 1] ? 1 : 0);
                double tone = added * tonalFlag;
                double breath = added - tone;
                tonal += tone;
                covered += (added > 0 ? 1 : 0) & (tonalFlag ^ 1);
                bandSum += breath * powerScale;
                if (k < kSplit) {
                    low += breath;
                } else {
                    high += breath;
                }
            }
            out.bandExcess[band] = bandSum;
            if (BAND_EDGES_HZ[band] < SPLIT_HZ) {
                windRatio += ratioSum;
            } else {
                hissRatio += ratioSum;
            }
        }
        out.windRatio = windRatio / windBins;
        out.hissRatio = hissRatio / hissBins;
        out.coverage = covered / (double) (kHigh - kLow + 1);
        sumTotal = total;
        sumRoom = room;
        sumLow = low;
        sumHigh = high;
        sumTonal = tonal;
        peakBins = peaks;
        keptBins = kept;
    }

    /**
     * What needs no running state, before {@link #scanBins}: each bin's ratio to the room and power
     * above it (a loop with no running state, which the JIT can turn into vector instructions, and
     * the divisions no longer on the chain of the sums there; a method of its own so that scanBins
     * has one loop to be compiled "on stack", not two).
     */
    private void ratiosAndExcess(double[] floor) {
        for (int k = kLow; k <= kHigh; k++) {
            double p = power[k];
            double n = floor[k];
            ratioBin[k] = p / n;
            excessBin[k] = Math.max(p - EXCESS_FACTOR * n, 0.0);
        }
    }

    /**
     * 1 when {@code value > limit}, else 0, without a branch (for finite values: the difference of
     * two different finite doubles is never zero, so its sign bit is that of the comparison).
     */
    private static int above(double value, double limit) {
        return (int) (Double.doubleToRawLongBits(limit - value) >>> 63);
    }

    /**
     * How periodic the sound above the room is, 0…1: the largest normalised autocorrelation at
     * lags of a voice's or an instrument's pitch, the transform of the power above the room (so
     * steady hum, already in the room, does not count). Breath, being noise, stays low. Its loops
     * are methods of their own, so that this method, the transform inlined, is compiled once (a
     * method whose own loops run hundreds of steps per call is compiled "on stack" first, then
     * again).
     *
     * @param excess each bin's power above the room (bins {@code kLow…kHigh} are read)
     */
    double voicing(double[] excess) {
        cosineTransform(excess);
        double r0 = correlation[0];
        if (!(r0 > 0)) {
            return 0;
        }
        return Math.min(1, largestAtPitchLags() / r0);
    }

    /**
     * The autocorrelation of the sound above the room at lags 0…size/2 into {@link #correlation}
     * (each at half its value, which the ratio of {@link #voicing} does not see): the cosine
     * transform of {@code excess} (bins kLow…kHigh; the others, the first and the middle among
     * them, are 0), which is the Fourier transform of the power laid out as the real, even
     * sequence it is. The even sequence would take a transform of {@code size} points; the cosine
     * transform takes TarsosDSP's real transform of half as many, with a pass before and after
     * (the classic reduction, as in Numerical Recipes' {@code cosft1}: mix each bin with its
     * mirror about the middle, transform, then sum the imaginary parts into the odd lags).
     */
    private void cosineTransform(double[] excess) {
        int half = size / 2;
        float[] y = correlation;
        double sum = foldAboutMiddle(excess);
        halfTransform.realForward(y);
        y[half] = y[1];
        y[1] = (float) sum;
        sumOddLags(sum);
    }

    /**
     * The pass before the transform: lays out {@code excess} and mixes each bin with its mirror
     * about the middle; returns the start of the running sum of {@link #sumOddLags}. (This and the
     * pass after are methods of their own, so that {@link #cosineTransform}, with the transform
     * inlined, has no loop of its own to be compiled "on stack" first.)
     */
    private double foldAboutMiddle(double[] excess) {
        int half = size / 2;
        float[] y = correlation;
        java.util.Arrays.fill(y, 0, half + 1, 0);
        for (int k = kLow; k <= kHigh; k++) {
            y[k] = (float) excess[k];
        }
        double sum = 0.5 * (y[0] - y[half]);
        y[0] = (float) (0.5 * (y[0] + y[half]));
        for (int i = 1; i < half / 2; i++) {
            double mean = 0.5 * (y[i] + y[half - i]);
            double difference = y[i] - y[half - i];
            y[i] = (float) (mean - sine[i] * difference);
            y[half - i] = (float) (mean + sine[i] * difference);
            sum += cosine[i] * difference;
        }
        return sum;
    }

    /** The pass after the transform: the odd lags, a running sum of its imaginary parts. */
    private void sumOddLags(double sum) {
        float[] y = correlation;
        for (int i = 3; i < size / 2; i += 2) {
            sum -= y[i];
            y[i] = (float) sum;
        }
    }

    /** The largest autocorrelation over the pitch lags, from {@link #correlation}. */
    private double largestAtPitchLags() {
        // Two running maxima instead of one halve the chain of dependent steps; the maximum of a
        // set does not depend on the order it is taken in.
        double bestEven = 0;
        double bestOdd = 0;
        int lag = minLag;
        for (; lag < maxLag; lag += 2) {
            bestEven = Math.max(bestEven, correlation[lag]);
            bestOdd = Math.max(bestOdd, correlation[lag + 1]);
        }
        if (lag == maxLag) {
            bestEven = Math.max(bestEven, correlation[lag]);
        }
        return Math.max(bestEven, bestOdd);
    }

    /**
     * A bin whose power has held within {@link #STEADY_DB} over three frames: a sustained note or
     * the skirt of one. Noise (breath among it) scatters far more from frame to frame.
     */
    private boolean isSteady(int k) {
        double p = power[k];
        double a = previous[k];
        double b = beforePrevious[k];
        // & rather than &&: no branch per test
        return p < a * STEADY_RATIO & a < p * STEADY_RATIO & a < b * STEADY_RATIO & b < a * STEADY_RATIO;
    }

    /** A local maximum standing far above the bins two away on each side: a tone, not noise. */
    private boolean isTonalPeak(int k) {
        double p = power[k];
        return p >= power[k - 1] & p >= power[k + 1] & p > TONE_FACTOR * 0.5 * (power[k - 2] + power[k + 2]);
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
