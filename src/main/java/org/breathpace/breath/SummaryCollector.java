package org.breathpace.breath;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a detector's events into a {@link BreathSummary}.
 *
 * <p>Phases are grouped into breaths: an exhale with the inhale that ended just before it (within
 * {@link #PAIR_GAP_S}), or a lone inhale or exhale. A cycle runs from one breath's onset to the
 * next's, so an inhale and its exhale are one cycle, never two; gaps longer than
 * {@link RateEstimator#MAX_PERIOD_S} are pauses and close no cycle. The rate is 60 divided by
 * the mean cycle period, and null with fewer than two cycles.
 *
 * <p>Runs on the thread that feeds the detector (see {@link BreathListener}); read the summary
 * on that same thread once the stream is finished.
 */
public final class SummaryCollector implements BreathListener {
    /**
     * An inhale that ends at most this long before an exhale starts belongs to the same breath
     * (a breathing pattern may hold the breath up to 20 s).
     */
    public static final double PAIR_GAP_S = 20.0;

    /** The fastest breathing a rate is given for, breaths/min (cycles shorter are a phase heard twice). */
    public static final int FASTEST_BREATHS_PER_MIN = (int) Math.floor(60 / RateEstimator.MIN_PERIOD_S);

    private final List<PhaseEnded> phases = new ArrayList<>();
    private SignalQuality quality;

    @Override
    public void onPhaseEnded(PhaseEnded event) {
        phases.add(event);
    }

    @Override
    public void onQuality(SignalQuality event) {
        quality = event;
    }

    /** The phases seen so far. */
    public List<PhaseEnded> phases() {
        return List.copyOf(phases);
    }

    /**
     * The summary of everything seen so far.
     *
     * @param durationS  seconds of audio fed
     * @param sampleRate input sample rate, Hz
     */
    public BreathSummary summary(double durationS, double sampleRate) {
        List<PhaseEnded> labelled = relabel(phases);
        List<Cycle> cycles = cycles(labelled);
        Double rate = null;
        if (cycles.size() >= 2) {
            double sum = 0;
            for (Cycle c : cycles) {
                sum += c.periodS();
            }
            rate = 60 / (sum / cycles.size());
        }
        return new BreathSummary(durationS, sampleRate, rate, labelled, cycles, quality);
    }

    /**
     * Corrects what the stream could not know yet, in five steps. A scrap of a phase (under
     * {@link #FRAGMENT_S}) next to a phase of the same kind is part of it. The same phase twice
     * with barely a pause between ({@link #SAME_PHASE_GAP_S}) is one breath's inhale flowing into
     * its exhale: the one that breaks the alternation with its neighbours is flipped. Phases that
     * start one after another sooner than the same phase can come round again
     * ({@link #ALTERNATE_WITHIN_S}) must take turns: each such run is given the alternating labels
     * that agree with most of the stream's. Then two
     * "exhales" closer together than half the usual exhale-to-exhale interval cannot both be
     * breaths, so the first was the inhale. Last, alternation learnt late is carried back over a
     * lead-in of one label ({@link #carryAlternationBack}).
     */
    static List<PhaseEnded> relabel(List<PhaseEnded> phases) {
        List<PhaseEnded> out = new ArrayList<>(phases);
        for (int i = 0; i + 1 < out.size(); i++) {
            PhaseEnded a = out.get(i);
            PhaseEnded b = out.get(i + 1);
            boolean fragment = a.durationS() < FRAGMENT_S || b.durationS() < FRAGMENT_S;
            if (a.phase() == b.phase() && fragment && b.startS() - a.endS() < FRAGMENT_GAP_S) {
                out.set(i, new PhaseEnded(a.phase(), a.startS(), b.endS(), b.emittedS()));
                out.remove(i + 1);
                i--;
            }
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            PhaseEnded a = out.get(i);
            PhaseEnded b = out.get(i + 1);
            if (a.phase() == b.phase() && b.startS() - a.endS() < SAME_PHASE_GAP_S) {
                Phase before = i > 0 ? out.get(i - 1).phase() : null;
                boolean flipSecond = before == null || before != a.phase();
                if (flipSecond) {
                    out.set(i + 1, with(b, other(b.phase())));
                } else {
                    out.set(i, with(a, other(a.phase())));
                }
            }
        }
        alternateCloseRuns(out);
        List<Double> intervals = new ArrayList<>();
        PhaseEnded previous = null;
        for (PhaseEnded p : out) {
            if (p.phase() == Phase.EXHALE) {
                if (previous != null) {
                    intervals.add(p.startS() - previous.startS());
                }
                previous = p;
            }
        }
        if (intervals.size() < 3) {
            carryAlternationBack(out);
            return out;
        }
        intervals.sort(null);
        double median = intervals.get(intervals.size() / 2);
        for (int i = 0; i + 1 < out.size(); i++) {
            PhaseEnded a = out.get(i);
            PhaseEnded b = out.get(i + 1);
            if (a.phase() == Phase.EXHALE && b.phase() == Phase.EXHALE && b.startS() - a.startS() < 0.5 * median
                    && (i == 0 || out.get(i - 1).phase() == Phase.EXHALE)) {
                out.set(i, with(a, Phase.INHALE));
            }
        }
        carryAlternationBack(out);
        return out;
    }

    /**
     * Runs of phases whose onsets follow one another sooner than {@link #ALTERNATE_WITHIN_S}
     * take turns, inhale and exhale: the labelling that alternates and agrees with more of the
     * stream's labels (by length, the longer phases being the better judged) wins; a tie keeps
     * the run's first label.
     */
    static void alternateCloseRuns(List<PhaseEnded> out) {
        int runStart = 0;
        for (int i = 1; i <= out.size(); i++) {
            boolean close = i < out.size() && out.get(i).startS() - out.get(i - 1).startS() < ALTERNATE_WITHIN_S;
            if (close) {
                continue;
            }
            if (i - runStart >= 2) {
                double agree = 0;
                double disagree = 0;
                Phase first = out.get(runStart).phase();
                for (int j = runStart; j < i; j++) {
                    Phase want = (j - runStart) % 2 == 0 ? first : other(first);
                    double weight = out.get(j).durationS();
                    if (out.get(j).phase() == want) {
                        agree += weight;
                    } else {
                        disagree += weight;
                    }
                }
                Phase start = disagree > agree ? other(first) : first;
                for (int j = runStart; j < i; j++) {
                    Phase want = (j - runStart) % 2 == 0 ? start : other(start);
                    if (out.get(j).phase() != want) {
                        out.set(j, with(out.get(j), want));
                    }
                }
            }
            runStart = i;
        }
    }

    /**
     * The stream learns that alike bursts take turns only after a few of them: where the labels
     * alternate from some phase on ({@link #ALTERNATING_RUN} phases or more), a lead-in that
     * repeats one label from the start (or from a pause) at the same pace (onsets no further
     * apart than {@link #SAME_PACE} times the run's median interval, so not a breath per burst at
     * half the pace) takes turns too.
     */
    static void carryAlternationBack(List<PhaseEnded> out) {
        for (int k = 0; k + ALTERNATING_RUN <= out.size(); k++) {
            boolean alternates = true;
            for (int j = k + 1; j < k + ALTERNATING_RUN && alternates; j++) {
                alternates = out.get(j).phase() != out.get(j - 1).phase();
            }
            if (!alternates) {
                continue;
            }
            List<Double> gaps = new ArrayList<>();
            for (int j = k + 1; j < k + ALTERNATING_RUN; j++) {
                gaps.add(out.get(j).startS() - out.get(j - 1).startS());
            }
            gaps.sort(null);
            double median = gaps.get(gaps.size() / 2);
            // Only a lead-in that repeats one label all the way back to the start (or to a pause)
            // is carried: where the phases before already took turns, which side is right is not
            // known, and nothing is changed.
            int first = k;
            while (first > 0 && out.get(first - 1).phase() == out.get(first).phase()
                    && out.get(first).startS() - out.get(first - 1).startS() <= SAME_PACE * median) {
                first--;
            }
            boolean leadInEnds = first == 0
                    || out.get(first).startS() - out.get(first - 1).startS() > SAME_PACE * median;
            if (first < k && leadInEnds) {
                for (int j = k - 1; j >= first; j--) {
                    out.set(j, with(out.get(j), other(out.get(j + 1).phase())));
                }
            }
            return;
        }
    }

    /** Phases in a row whose labels alternate before the alternation is carried back. */
    public static final int ALTERNATING_RUN = 6;
    /** How much slower than the alternating run the phases before it may come and still be part of it. */
    public static final double SAME_PACE = 1.5;

    /**
     * The same phase cannot start again sooner than this after it started (that would be over 50
     * breaths a minute, faster than anyone pants): phases this close take turns.
     */
    public static final double ALTERNATE_WITHIN_S = 1.2;
    /** A phase shorter than this is a scrap of its neighbour when one of the same kind is near. */
    public static final double FRAGMENT_S = 0.3;
    /** How near that neighbour must be. */
    public static final double FRAGMENT_GAP_S = 0.6;
    /** The same phase twice with less than this between is one breath's inhale and exhale. */
    public static final double SAME_PHASE_GAP_S = 0.3;

    private static PhaseEnded with(PhaseEnded p, Phase phase) {
        return new PhaseEnded(phase, p.startS(), p.endS(), p.emittedS());
    }

    private static Phase other(Phase p) {
        return p == Phase.EXHALE ? Phase.INHALE : Phase.EXHALE;
    }

    /**
     * Groups phases into breaths and breaths into cycles. A cycle starts at its breath's onset
     * (the inhale when heard); its period is measured between the breaths' exhales where both
     * have one (exhales are heard most reliably, so a faint inhale heard now and then does not
     * make the periods jump), otherwise between onsets.
     */
    static List<Cycle> cycles(List<PhaseEnded> phases) {
        List<double[]> breaths = breaths(phases);
        List<Cycle> cycles = new ArrayList<>();
        for (int i = 0; i + 1 < breaths.size(); i++) {
            double[] b = breaths.get(i);
            double period = period(b, breaths.get(i + 1));
            if (period >= RateEstimator.MIN_PERIOD_S && period <= RateEstimator.MAX_PERIOD_S) {
                cycles.add(new Cycle(b[0], boxed(b[1]), boxed(b[2]), period));
            }
        }
        return cycles;
    }

    /**
     * How many times a breath followed the one before sooner than a cycle can be (faster than
     * {@link #FASTEST_BREATHS_PER_MIN}): such gaps make no cycle, so fast panting gives phases but
     * no rate. {@code phases} as in {@link BreathSummary#phases()}.
     */
    public static int tooFastGaps(List<PhaseEnded> phases) {
        List<double[]> breaths = breaths(phases);
        int fast = 0;
        for (int i = 0; i + 1 < breaths.size(); i++) {
            fast += period(breaths.get(i), breaths.get(i + 1)) < RateEstimator.MIN_PERIOD_S ? 1 : 0;
        }
        return fast;
    }

    /** Each breath as {onset, inhaleS or NaN, exhaleS or NaN, exhale start or NaN}. */
    private static List<double[]> breaths(List<PhaseEnded> phases) {
        List<double[]> breaths = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            PhaseEnded p = phases.get(i);
            if (p.phase() == Phase.INHALE) {
                PhaseEnded next = i + 1 < phases.size() ? phases.get(i + 1) : null;
                if (next != null && next.phase() == Phase.EXHALE && next.startS() - p.endS() <= PAIR_GAP_S) {
                    breaths.add(new double[] {p.startS(), p.durationS(), next.durationS(), next.startS()});
                    i++;
                } else {
                    breaths.add(new double[] {p.startS(), p.durationS(), Double.NaN, Double.NaN});
                }
            } else {
                breaths.add(new double[] {p.startS(), Double.NaN, p.durationS(), p.startS()});
            }
        }
        return breaths;
    }

    /** Seconds from breath {@code b} to breath {@code n}: between their exhales where both have one, else onsets. */
    private static double period(double[] b, double[] n) {
        boolean exhales = !Double.isNaN(b[3]) && !Double.isNaN(n[3]);
        return exhales ? n[3] - b[3] : n[0] - b[0];
    }

    private static Double boxed(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
