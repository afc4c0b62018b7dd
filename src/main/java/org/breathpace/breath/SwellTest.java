package org.breathpace.breath;

/**
 * A second onset test for loud rooms: whether the band as a whole has swelled out of the room,
 * when no single bin has. In a room whose noise is nearly as loud as the breath (a fan or hiss at
 * 0–5 dB SNR), an exhale lifts the band only a few dB; a bin of noise scatters by more than that
 * from frame to frame, so few bins clear {@link FrameAnalyzer#EXCESS_FACTOR} and the burst is
 * found late or not at all. The mean over many bins of each bin's power against the room
 * ({@link FrameFeatures#windRatio}, {@link FrameFeatures#hissRatio}) scatters far less, so a swell
 * of 1–2 dB stands many standard deviations out of it.
 *
 * <p>Each of the two means is smoothed over {@link #SMOOTH_FRAMES} frames and compared with its own
 * mean and spread over the frames judged to be only room (learned as the stream goes, so it needs
 * no assumption about the noise's colour or the window's leakage): {@link #zWind} and
 * {@link #zHiss}, kept apart because an exhale swells the one and an inhale the other.
 * {@link #riseDb} is how far the smoothed band stands above the room's mean, dB: over a burst, its
 * largest value is the burst's in-band SNR.
 *
 * <p>Causal; not thread-safe; no allocation after construction.
 */
final class SwellTest {
    /** Frames over which each mean is smoothed (about 0.1 s). */
    static final int SMOOTH_FRAMES = 3;
    /** Weight of a room frame in the room's mean and spread (about 100 frames, 3 s). */
    static final double LEARN = 0.01;
    /** Room frames needed before a score is given (before, the scores are 0). */
    static final int WARM_UP_FRAMES = 60;
    /** Spreads beyond which a room frame's deviation counts only this far in learning. */
    static final double CLIP = 2.5;
    /** Largest mean ratio of a steady room (a steady noise's floor sits about 1.2–1.7 under its bins' mean). */
    static final double MAX_ROOM_RATIO = 2.5;
    /** Smallest spread, relative to the mean, a score is divided by (digital silence has none). */
    static final double MIN_RELATIVE_SPREAD = 0.02;

    private final double[] wind = new double[SMOOTH_FRAMES];
    private final double[] hiss = new double[SMOOTH_FRAMES];
    private int frames;
    private double windNow;
    private double hissNow;
    private double windMean;
    private double windVar;
    private double hissMean;
    private double hissVar;
    private int learned;
    private double zWind;
    private double zHiss;
    private double riseDb;

    /** Takes the next frame and scores it against the room learned so far. */
    void accept(FrameFeatures f) {
        wind[frames % SMOOTH_FRAMES] = f.windRatio;
        hiss[frames % SMOOTH_FRAMES] = f.hissRatio;
        frames++;
        int n = Math.min(frames, SMOOTH_FRAMES);
        double w = 0;
        double h = 0;
        for (int i = 0; i < n; i++) {
            w += wind[i];
            h += hiss[i];
        }
        windNow = w / n;
        hissNow = h / n;
        if (learned < WARM_UP_FRAMES) {
            zWind = 0;
            zHiss = 0;
            riseDb = 0;
            return;
        }
        zWind = score(windNow, windMean, windVar);
        zHiss = score(hissNow, hissMean, hissVar);
        riseDb = 10 * Math.log10(Math.max(windNow / (windMean + 1e-30), hissNow / (hissMean + 1e-30)) + 1e-30);
    }

    private static double score(double x, double mean, double var) {
        double sd = Math.max(Math.sqrt(var), MIN_RELATIVE_SPREAD * mean + 1e-30);
        return (x - mean) / sd;
    }

    /** Lets the room's mean and spread learn from the frame just scored, if it held only room. */
    void learn(boolean isRoom) {
        if (!isRoom || frames < SMOOTH_FRAMES) {
            return;
        }
        if (learned == 0) {
            windMean = windNow;
            hissMean = hissNow;
        }
        double a = Math.max(LEARN, 1.0 / (learned + 1));
        // Deviations are clipped at CLIP spreads, so that a faint breath judged to be room (or the
        // fading tail of one) neither lifts the mean nor widens the spread much.
        double dw = clip(windNow - windMean, windVar, windMean, learned >= WARM_UP_FRAMES);
        double dh = clip(hissNow - hissMean, hissVar, hissMean, learned >= WARM_UP_FRAMES);
        windMean += a * dw;
        hissMean += a * dh;
        windVar += a * (dw * dw * (1 - a) - windVar);
        hissVar += a * (dh * dh * (1 - a) - hissVar);
        learned++;
    }

    private static double clip(double d, double var, double mean, boolean learnedEnough) {
        double limit = learnedEnough ? CLIP * Math.max(Math.sqrt(var), MIN_RELATIVE_SPREAD * mean + 1e-30) : Double.MAX_VALUE;
        return Math.max(-limit, Math.min(limit, d));
    }

    /**
     * Whether the room is a steady noise that its floor follows closely: each half's mean ratio
     * at most {@link #MAX_ROOM_RATIO}. Where the room is digital silence between gated sounds, or
     * murmurs that come and go, the ratios are far larger and the scores say nothing of a swell.
     */
    boolean steadyRoom() {
        return ready() && windMean <= MAX_ROOM_RATIO && hissMean <= MAX_ROOM_RATIO;
    }

    /** Whether the room has been learned well enough for the scores to mean something. */
    boolean ready() {
        return learned >= WARM_UP_FRAMES;
    }

    /** Standard deviations the smoothed wind bands stand above the room; 0 while learning. */
    double zWind() {
        return zWind;
    }

    /** Standard deviations the smoothed hiss bands stand above the room; 0 while learning. */
    double zHiss() {
        return zHiss;
    }

    /** How far the smoothed band stands above the room's mean, dB (the larger of wind and hiss); 0 while learning. */
    double riseDb() {
        return riseDb;
    }
}
