package org.breathpace.breath;

/**
 * Takes steady mains hum (50 or 60 Hz and its harmonics) out of the decimated samples, once it has
 * found it, before the frames are transformed.
 *
 * <p>Why: the detector measures a breath against the room's power over the whole band, and a hum
 * puts most of that power into a few low bins, so a breath quieter than the hum hardly moved the
 * measure although it stood out in most bins. Hum repeats exactly with the mains cycle, which
 * breath, rooms and voices do not, so it can be found and removed in the time domain without
 * touching anything else:
 *
 * <ul>
 *   <li><b>The comb's length</b> is the fewest whole mains cycles that span a whole number of
 *       samples ({@link #combLength}): one cycle at 50 Hz and 14.7 kHz (294 samples), three at
 *       60 Hz and 16 kHz (800 samples, where one cycle is 266.7).</li>
 *   <li><b>Finding it.</b> A frame whose samples hardly differ from those one comb length earlier
 *       (the energy of {@code x[n] - x[n-P]} under {@link #DOMINANT} times the {@code 2·Σx²} it
 *       comes to for noise) is mostly hum. Such frames adding up to {@link #ENGAGE_S} (the room
 *       between breaths) engage the canceller for that mains frequency for the rest of the
 *       stream. Frames are checked every one for the first {@link #EVERY_FRAME_S}, then one in
 *       {@link #CHECK_EVERY}, on every other sample.</li>
 *   <li><b>Removing it.</b> Once engaged, the comb subtracts from each sample the hum's waveform at
 *       the same point of the cycle, averaged over the last comb lengths (an exponential average,
 *       time constant {@link #ADAPT_S}), learnt only from frames that hold little else
 *       ({@link #learnsFrom}). What repeats (the hum and all its harmonics) cancels; anything else
 *       passes as it was, but for notches a few hertz wide (about a tenth of their spacing).</li>
 * </ul>
 *
 * <p>A recording without hum is left exactly as it was: nothing that is not mains-periodic has
 * been seen to engage it (noise, breath, voices, chords in equal temperament).
 *
 * <p>Pure Java on float arrays; not thread-safe (one front feeds it); no allocation after
 * construction.
 */
final class HumCanceller {
    /** Mains frequencies looked for, Hz. */
    static final double[] MAINS_HZ = {50, 60};
    /** Most mains cycles a comb may span to reach a whole number of samples. */
    static final int MAX_CYCLES = 8;
    /** How near a whole number of samples the comb's length must come. */
    static final double WHOLE_WITHIN = 0.02;
    /**
     * Energy of the difference from one comb length earlier over its value for noise
     * ({@code 2·Σx²}), under which a frame is mostly hum: −10 dB.
     */
    static final double DOMINANT = 0.1;
    /**
     * How long frames must have been mostly hum before the canceller engages, seconds: counted
     * over the stream, less {@link #DECAY_PER_OTHER} of a frame for each frame that was not (a
     * breath hides the hum under it, so the room between breaths is the evidence; with breaths
     * one after the other, a second of it in a row may never come).
     */
    static final double ENGAGE_S = 0.5;
    /** What a checked frame that is not mostly hum takes off the count, in frames. */
    static final double DECAY_PER_OTHER = 0.125;
    /** Every frame is checked at first, for this long, seconds… */
    static final double EVERY_FRAME_S = 3.0;
    /** …then one frame in this many. */
    static final int CHECK_EVERY = 8;
    /**
     * Time constant of the hum's averaged waveform, seconds: about four comb lengths at 50 Hz
     * (each comb length weighs {@code 1 - exp(-length / ADAPT_S)}, whatever its length, so that a
     * comb of three cycles follows as fast as a comb of one).
     */
    static final double ADAPT_S = 0.07;
    /**
     * The waveform learns from a frame in which, the hum taken out, this share of the hum's power
     * or less is left (little but the hum)…
     */
    static final double LEARN_LEFT_UNDER = 0.25;
    /**
     * …or whose power, hum and all, is under this many times the hum's (the same, when the mains
     * have drifted from the learnt waveform while breaths hid it, and more is left than the hum
     * alone would leave). An average over a few cycles keeps about a seventh of any other
     * sound's power: learnt from a breath it would ring on after the breath stopped and fill the
     * short gap between an inhale and the exhale after it (a real clip mixed with hum lost five of
     * its sixteen phases so).
     */
    static final double LEARN_ALL_UNDER = 1.25;

    private final int[] length = new int[MAINS_HZ.length];
    /** Weight of the newest comb length in the averaged waveform, per mains frequency ({@link #ADAPT_S}). */
    private final float[] adapt = new float[MAINS_HZ.length];
    private final double[] evidence = new double[MAINS_HZ.length];
    /** Frames of hum that engage the canceller ({@link #ENGAGE_S}). */
    private final int engageFrames;
    private final long everyFrameUntil;
    /** The last {@code longest} samples before the current frame, as they came in, oldest first. */
    private final float[] history;
    /** The hum's averaged waveform over one comb length, once engaged. */
    private final float[] waveform;
    private final int longest;
    private int engaged = -1;
    private int position;
    private long frames;

    /**
     * @param frameSize     samples per frame
     * @param decimatedRate rate of those samples, Hz
     */
    HumCanceller(int frameSize, double decimatedRate) {
        double frameS = frameSize / decimatedRate;
        int most = 0;
        for (int m = 0; m < MAINS_HZ.length; m++) {
            length[m] = combLength(decimatedRate, MAINS_HZ[m]);
            adapt[m] = (float) (1 - Math.exp(-length[m] / decimatedRate / ADAPT_S));
            most = Math.max(most, length[m]);
        }
        this.longest = most;
        this.engageFrames = Math.max(2, (int) Math.ceil(ENGAGE_S / frameS));
        this.everyFrameUntil = Math.round(EVERY_FRAME_S / frameS);
        this.history = new float[longest];
        this.waveform = new float[longest];
    }

    /**
     * Samples in the fewest whole mains cycles that come within {@link #WHOLE_WITHIN} of a whole
     * number of samples (up to {@link #MAX_CYCLES}; else the nearest whole number of samples to one
     * cycle).
     */
    static int combLength(double rate, double mainsHz) {
        double cycle = rate / mainsHz;
        for (int k = 1; k <= MAX_CYCLES; k++) {
            double samples = k * cycle;
            if (Math.abs(samples - Math.rint(samples)) <= WHOLE_WITHIN) {
                return (int) Math.rint(samples);
            }
        }
        return (int) Math.round(cycle);
    }

    /** The mains frequency whose hum is being removed, Hz, or 0 while none has been found. */
    double engagedHz() {
        return engaged < 0 ? 0 : MAINS_HZ[engaged];
    }

    /** Takes one frame's samples, in stream order, and removes the hum from them once found. */
    void filter(float[] frame) {
        if (engaged >= 0) {
            cancel(frame);
            return;
        }
        boolean everyFrame = frames < everyFrameUntil;
        if (everyFrame || frames % CHECK_EVERY == 0) {
            // A checked frame stands for the frames since the last check.
            int weight = everyFrame ? 1 : CHECK_EVERY;
            for (int m = 0; m < MAINS_HZ.length && engaged < 0; m++) {
                evidence[m] = frames * frame.length >= length[m] && mostlyPeriodic(frame, length[m])
                        ? evidence[m] + weight : Math.max(0, evidence[m] - weight * DECAY_PER_OTHER);
                if (evidence[m] >= engageFrames) {
                    engage(m, frame);
                }
            }
        }
        frames++;
        if (engaged < 0) {
            remember(frame);
        }
    }

    /** Keeps the last {@code longest} samples, the frame's among them, in {@link #history}. */
    private void remember(float[] frame) {
        int n = frame.length;
        if (n >= longest) {
            System.arraycopy(frame, n - longest, history, 0, longest);
        } else {
            System.arraycopy(history, n, history, 0, longest - n);
            System.arraycopy(frame, 0, history, longest - n, n);
        }
    }

    /** The sample {@code i - p} of the stream, frame index {@code i}: in the frame or in {@link #history}. */
    private float earlier(float[] x, int i, int p) {
        int j = i - p;
        return j >= 0 ? x[j] : history[longest + j];
    }

    /** Whether the frame differs little from itself {@code p} samples earlier (every other sample). */
    private boolean mostlyPeriodic(float[] x, int p) {
        double energy = 0;
        double difference = 0;
        for (int i = 0; i < x.length; i += 2) {
            double v = x[i];
            double d = v - earlier(x, i, p);
            energy += v * v;
            difference += d * d;
        }
        return energy > 0 && difference < DOMINANT * 2 * energy;
    }

    /**
     * Starts cancelling hum at mains frequency {@code m}, the waveform started from the last comb
     * length heard (this frame was found to be hum; from the next one on, the hum is removed).
     */
    private void engage(int m, float[] frame) {
        engaged = m;
        int p = length[m];
        for (int k = 0; k < p; k++) {
            // the sample p - k before the end of this frame
            waveform[k] = earlier(frame, frame.length - p + k, 0);
        }
        position = 0;
    }

    /**
     * Subtracts the hum's averaged waveform from each sample, and lets the waveform learn from the
     * frame, sample by sample, if it holds little else ({@link #learnsFrom}: judged first, in a
     * pass that changes nothing).
     */
    private void cancel(float[] x) {
        int p = length[engaged];
        float[] w = waveform;
        int pos = position;
        double all = 0;
        double left = 0;
        for (int i = 0; i < x.length; i++) {
            float v = x[i];
            float y = v - w[pos];
            all += (double) v * v;
            left += (double) y * y;
            pos = pos + 1 == p ? 0 : pos + 1;
        }
        float a = learnsFrom(all / x.length, left / x.length, meanSquare(w, p)) ? adapt[engaged] : 0f;
        pos = position;
        for (int i = 0; i < x.length; i++) {
            float h = w[pos];
            float y = x[i] - h;
            w[pos] = h + a * y;
            x[i] = y;
            pos = pos + 1 == p ? 0 : pos + 1;
        }
        position = pos;
    }

    /**
     * Whether a frame of mean power {@code all}, {@code left} once the hum (of power {@code hum}) is
     * taken out, holds little but the hum: {@link #LEARN_LEFT_UNDER}, {@link #LEARN_ALL_UNDER}.
     */
    static boolean learnsFrom(double all, double left, double hum) {
        return left < LEARN_LEFT_UNDER * hum || all < LEARN_ALL_UNDER * hum;
    }

    private static double meanSquare(float[] x, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (double) x[i] * x[i];
        }
        return sum / n;
    }
}
