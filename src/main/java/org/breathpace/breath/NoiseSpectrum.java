package org.breathpace.breath;

/**
 * Per-bin estimate of the room's steady sound (fan, hum and its harmonics, hiss). Each bin's
 * power is first smoothed over a few frames (a single frame of noise scatters too much), then
 * followed by a floor that falls quickly and rises slowly: it settles near the quiet moments
 * between breaths, so a breath does not become the floor, while a fan switched on is learned in
 * a few seconds. Frames judged to be only room let it rise faster.
 *
 * <p>Not thread-safe; no allocation after construction.
 */
final class NoiseSpectrum {
    /** Smoothing of each bin's power over frames. */
    static final double SMOOTH = 0.3;
    /** Per-frame weight when the smoothed power is below the floor. */
    static final double FALL = 0.2;
    /** Frames averaged plainly at the start, before the fall-fast/rise-slow rule takes over. */
    static final int WARM_UP_FRAMES = 10;
    /** A frame whose power is this many times {@code silence} over the bins holds sound, not digital silence. */
    static final double SOUND_OVER_SILENCE = 2;
    /**
     * A warm-up frame this many times quieter over the bins than the warm-up's mean so far shows
     * that what came before it was not the room: a click of the record button, a knock or a breath
     * at the very start. The mean starts afresh with it.
     */
    static final double QUIETER_THAN_START = 10;
    /** Fastest rise while a breath may be sounding, dB per second. */
    static final double RISE_DB_PER_S = 0.5;
    /** Fastest rise in frames judged to be only room, dB per second. */
    static final double ROOM_RISE_DB_PER_S = 4;

    private final double[] floor;
    private final double[] smooth;
    private final double minimum;
    private final double silence;
    private final double frameS;
    private boolean primed;
    private int frames;
    /** Frames in the warm-up's running mean (those since the first that held sound). */
    private int meanFrames;
    /** Whether any frame so far held more than digital silence. */
    private boolean heardSound;

    /**
     * @param bins    number of spectrum bins tracked
     * @param minimum lowest value a bin may take (keeps digital silence from making every
     *                whisper look like a loud event)
     * @param silence a bin's power in near-silence (the last bit's flicker; at least
     *                {@code minimum}): frames under {@link #SOUND_OVER_SILENCE} times it do not
     *                count as sound during the warm-up
     */
    NoiseSpectrum(int bins, double minimum, double silence, double frameS) {
        this.frameS = frameS;
        this.floor = new double[bins];
        this.smooth = new double[bins];
        this.minimum = minimum;
        this.silence = silence;
    }

    /** The power estimate of every bin, to be read, not written. */
    double[] floor() {
        return floor;
    }

    boolean primed() {
        return primed;
    }

    /** Whether enough frames have been seen for the estimate to mean something. */
    boolean settled() {
        return frames >= WARM_UP_FRAMES;
    }

    /**
     * Learns from one frame's power spectrum.
     *
     * @param power     bin powers, same indexing as this estimate
     * @param isRoom    true when the frame was judged to hold no breath
     * @param riseScale multiplier on the rise speed (larger to escape a stuck state)
     */
    void update(double[] power, int from, int to, boolean isRoom, double riseScale) {
        if (!primed) {
            for (int k = from; k < to; k++) {
                smooth[k] = power[k];
                floor[k] = Math.max(power[k], minimum);
            }
            primed = true;
            frames = 1;
            meanFrames = 1;
            heardSound = holdsSound(sum(power, from, to), to - from);
            return;
        }
        frames++;
        if (frames < WARM_UP_FRAMES) {
            // Warm-up: a plain running mean, so one quiet first frame does not set the floor. Digital
            // silence before the first sound (an input that opens its gate a moment after it starts)
            // is not the room: the mean starts afresh with the first frame that holds sound, instead of
            // diluting it with zeros and so putting the room several dB too low.
            // Likewise a start far louder than what follows (a click, a knock, a breath) is not the
            // room: without this the room stood up to 40 dB too high for a second or two after a
            // real recording's opening click, and the SNR reported for the whole clip with it.
            double sum = sum(power, from, to);
            if (!heardSound && holdsSound(sum, to - from)) {
                heardSound = true;
                meanFrames = 0;
            } else if (heardSound && QUIETER_THAN_START * sum < sum(smooth, from, to)) {
                meanFrames = 0;
            }
            meanFrames++;
            for (int k = from; k < to; k++) {
                smooth[k] += (power[k] - smooth[k]) / meanFrames;
                floor[k] = Math.max(smooth[k], minimum);
            }
            return;
        }
        // Rising is multiplicative (a fixed number of dB per second), so a loud breath cannot drag
        // the floor up the way a linear average toward it would.
        double riseDbPerFrame = (isRoom ? ROOM_RISE_DB_PER_S : RISE_DB_PER_S) * riseScale * frameS;
        double grow = Math.pow(10, riseDbPerFrame / 10);
        for (int k = from; k < to; k++) {
            double s = smooth[k] + SMOOTH * (power[k] - smooth[k]);
            smooth[k] = s;
            double f = floor[k];
            // Below the floor: fall a part of the way to s. Above: rise to s, at most by `grow`.
            // Written without a branch (on noise it would be mispredicted half the time): below,
            // the first term lies between s and f and the second is s; above, the first is f and
            // the second at least f. So the larger one is exactly what the two cases give.
            f = Math.max(f + FALL * Math.min(s - f, 0.0), Math.min(s, f * grow));
            floor[k] = Math.max(f, minimum);
        }
    }

    /** Whether a frame whose power sums to {@code sum} over {@code bins} bins holds more than digital silence. */
    private boolean holdsSound(double sum, int bins) {
        return sum > SOUND_OVER_SILENCE * silence * bins;
    }

    /** Power summed over the bins (only during the warm-up). */
    private static double sum(double[] power, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += power[k];
        }
        return sum;
    }
}
