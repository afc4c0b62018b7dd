package org.breathpace.accuracy;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Scores detected phase onsets against the truth: each detected onset is matched to the nearest
 * unmatched true onset within the tolerance (whatever its label). True phases marked not audible
 * are "don't care": matching one is neither a hit nor a false alarm, missing one is no miss.
 *
 * @param hits           detected onsets matched to an audible true onset
 * @param falseAlarms    detected onsets matched to nothing
 * @param misses         audible true onsets no detection matched
 * @param labelsRight    hits whose inhale/exhale label agrees with the truth
 * @param medianErrorMs  median |detected − true| onset time over hits, ms (NaN without hits)
 */
public record OnsetScore(int hits, int falseAlarms, int misses, int labelsRight, double medianErrorMs) {

    /**
     * An onset: time and label; {@code endS} is when the phase ends (a detection anywhere inside a
     * phase too quiet to be required is no error: its audible part may start late).
     */
    public record Onset(double timeS, double endS, String phase, boolean audible) { }

    /** F1 of onsets; 1 when there was nothing to find and nothing was found. */
    public double f1() {
        if (hits == 0 && falseAlarms == 0 && misses == 0) {
            return 1;
        }
        return 2.0 * hits / (2.0 * hits + falseAlarms + misses);
    }

    /** Share of hits labelled right (1 without hits). */
    public double labelAccuracy() {
        return hits == 0 ? 1 : labelsRight / (double) hits;
    }

    public static OnsetScore score(List<Onset> truth, List<Onset> detected, double toleranceS) {
        boolean[] used = new boolean[truth.size()];
        int hits = 0, falseAlarms = 0, right = 0;
        List<Double> errors = new ArrayList<>();
        for (Onset d : detected) {
            int best = -1;
            double bestErr = toleranceS;
            for (int i = 0; i < truth.size(); i++) {
                Onset t = truth.get(i);
                double err = Math.abs(t.timeS() - d.timeS());
                if (!t.audible() && d.timeS() > t.timeS() && d.timeS() <= t.endS()) {
                    err = 0;
                }
                if (!used[i] && err <= bestErr) {
                    best = i;
                    bestErr = err;
                }
            }
            if (best < 0) {
                falseAlarms++;
                continue;
            }
            used[best] = true;
            Onset t = truth.get(best);
            if (t.audible()) {
                hits++;
                errors.add(bestErr * 1000);
                if (t.phase().equals(d.phase())) {
                    right++;
                }
            }
        }
        int misses = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (!used[i] && truth.get(i).audible()) {
                misses++;
            }
        }
        double median = errors.isEmpty() ? Double.NaN
                : new Median().evaluate(errors.stream().mapToDouble(Double::doubleValue).toArray());
        return new OnsetScore(hits, falseAlarms, misses, right, median);
    }
}
