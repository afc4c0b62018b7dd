package org.breathpace.breath;

import java.util.Arrays;

/**
 * Breath rate from phase onsets. A cycle is measured from one onset of the "anchor" phase to the
 * next, the anchor being whichever phase this recording hears more reliably (usually the exhale),
 * so inhale and exhale are never counted as two breaths. Periods longer than
 * {@link #MAX_PERIOD_S} are pauses, not cycles; onsets closer than {@link #MIN_PERIOD_S} are
 * ignored as a phase heard twice.
 *
 * <p>Not thread-safe; no allocation after construction except the emitted event.
 */
final class RateEstimator {
    /** 30 breaths/min and a margin. */
    static final double MIN_PERIOD_S = 1.6;
    /** Below 3 breaths/min and a margin: a pause or a stop. */
    static final double MAX_PERIOD_S = 22;
    /** Cycles over which the smoothed rate is taken. */
    static final int WINDOW = 5;
    private static final int RECENT = 8;

    private final double[] periods = new double[WINDOW];
    private final double[] sorted = new double[WINDOW];
    private final Phase[] recentPhases = new Phase[RECENT];
    private int periodCount;
    private int recentCount;
    private double lastAnchorS = Double.NaN;
    private Phase lastAnchorPhase;

    /**
     * Takes a phase onset; returns the new rate when it completes a cycle, else null.
     *
     * @param quality 0…1, how clean the signal is (scales the confidence)
     */
    RateUpdated onset(Phase phase, double startS, double emittedS, double quality) {
        recentPhases[recentCount % RECENT] = phase;
        recentCount++;
        Phase anchor = anchor();
        if (phase != anchor) {
            return null;
        }
        if (lastAnchorPhase != anchor) {
            lastAnchorPhase = anchor;
            lastAnchorS = startS;
            return null;
        }
        double period = startS - lastAnchorS;
        if (period < MIN_PERIOD_S) {
            return null;
        }
        lastAnchorS = startS;
        if (period > MAX_PERIOD_S) {
            return null;
        }
        periods[periodCount % WINDOW] = period;
        periodCount++;
        int n = Math.min(periodCount, WINDOW);
        System.arraycopy(periods, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += sorted[i];
        }
        mean /= n;
        double var = 0;
        for (int i = 0; i < n; i++) {
            var += (sorted[i] - mean) * (sorted[i] - mean);
        }
        double cv = n > 1 ? Math.sqrt(var / (n - 1)) / mean : 0.5;
        double confidence = clamp(1 - cv) * Math.min(1, n / 3.0) * clamp(quality);
        return new RateUpdated(60 / median, 60 / period, confidence, emittedS);
    }

    /** Forgets the rhythm after a long silence, so the next breath does not close a fake cycle. */
    void pause(double nowS) {
        if (!Double.isNaN(lastAnchorS) && nowS - lastAnchorS > MAX_PERIOD_S) {
            lastAnchorPhase = null;
        }
    }

    /** The exhale, unless lately inhales are heard clearly more often (exhales going unheard). */
    Phase anchor() {
        int n = Math.min(recentCount, RECENT);
        int inhales = 0;
        for (int i = 0; i < n; i++) {
            if (recentPhases[i] == Phase.INHALE) {
                inhales++;
            }
        }
        return inhales > 2 * (n - inhales) ? Phase.INHALE : Phase.EXHALE;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
