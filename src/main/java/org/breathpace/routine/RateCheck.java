package org.breathpace.routine;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.breathpace.breath.Phase;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;

/**
 * Measures the breath rate over a window from the detector's events: 60 over the median period
 * between successive onsets of the same phase (exhales first, they are the ones near microphones
 * hear best), needing at least {@value #MIN_PERIODS} periods of 1.5–40 s; failing that, the
 * detector's own latest rate within the window; failing that, nothing (null).
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class RateCheck {
    /** Periods needed for the median. */
    public static final int MIN_PERIODS = 2;

    private final List<Double> exhales = new ArrayList<>();
    private final List<Double> inhales = new ArrayList<>();
    private Double lastRate;

    public void onPhaseStarted(PhaseStarted e) {
        (e.phase() == Phase.EXHALE ? exhales : inhales).add(e.startS());
    }

    public void onRate(RateUpdated e) {
        lastRate = e.breathsPerMin();
    }

    /** The rate, breaths a minute, or null when too little was heard. */
    public Double breathsPerMin() {
        Double fromExhales = median(exhales);
        if (fromExhales != null) {
            return fromExhales;
        }
        Double fromInhales = median(inhales);
        return fromInhales != null ? fromInhales : lastRate;
    }

    private static Double median(List<Double> onsets) {
        double[] periods = new double[Math.max(0, onsets.size() - 1)];
        int n = 0;
        for (int i = 1; i < onsets.size(); i++) {
            double p = onsets.get(i) - onsets.get(i - 1);
            if (p >= 1.5 && p <= 40) {
                periods[n++] = p;
            }
        }
        if (n < MIN_PERIODS) {
            return null;
        }
        return 60 / new Median().evaluate(periods, 0, n);
    }
}
