package org.breathpace.pacing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.breathpace.breath.Phase;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;

/**
 * Judges how detected breaths line up with the breaths the pacer led.
 *
 * <p>The <b>tolerance</b> is {@link #toleranceS(PacedCycle)}: a detected onset counts as in time when
 * it lies within max({@value #MIN_TOLERANCE_S} s, {@value #TOLERANCE_FRACTION} × the breath's
 * length) of the pacer's onset of the same phase (for a 10 s breath, ±1.5 s). A breath is
 * <i>aligned</i> when its exhale began in time and, if this person's inhales are audible at all,
 * its inhale did too (near the microphone inhales are often silent). A breath is <i>heard</i> when
 * the detector reported any phase within one breath's length either side of it; breaths not heard
 * are left out of the score, so with no breath detection adherence is unknown, not zero.
 *
 * <p>Feed it led breaths and detected phases on one clock (stream seconds), in any interleaving;
 * {@link #judgeUpTo(double)} judges each led breath once the detector has had
 * {@link #SETTLE_S} seconds past its end to report. Not thread-safe: use it from one thread.
 */
public final class AdherenceTracker {
    /** The least tolerance on an onset, seconds. */
    public static final double MIN_TOLERANCE_S = 0.8;
    /** The tolerance as a share of the breath's length. */
    public static final double TOLERANCE_FRACTION = 0.15;
    /** Seconds after a led breath ends before it is judged (the detector's decision delay and more). */
    public static final double SETTLE_S = 1.5;
    /** An exhale shorter than this share of the pacer's gets "exhale longer". */
    public static final double SHORT_EXHALE = 0.75;

    private final Deque<PacedCycle> pending = new ArrayDeque<>();
    private final List<PhaseStarted> onsets = new ArrayList<>();
    private final List<PhaseEnded> ends = new ArrayList<>();
    private final List<CycleAdherence> judged = new ArrayList<>();
    private boolean inhalesHeard;

    /** The tolerance on an onset for this breath, seconds. */
    public static double toleranceS(PacedCycle c) {
        return Math.max(MIN_TOLERANCE_S, TOLERANCE_FRACTION * c.pattern().cycleS());
    }

    /** A breath the pacer has begun to lead (times on the detector's clock). */
    public void onPacedCycle(PacedCycle cycle) {
        pending.addLast(cycle);
    }

    /** Forgets led breaths not yet judged (the session paused in the middle of one). */
    public void dropPending() {
        pending.clear();
    }

    /** Forgets led breaths that had not ended by {@code nowS} (the block ended in the middle of one). */
    public void dropUnfinished(double nowS) {
        pending.removeIf(c -> c.endS() > nowS + 1e-9);
    }

    public void onPhaseStarted(PhaseStarted e) {
        onsets.add(e);
        if (e.phase() == Phase.INHALE) {
            inhalesHeard = true;
        }
    }

    public void onPhaseEnded(PhaseEnded e) {
        ends.add(e);
    }

    /** Judges every led breath that ended at least {@link #SETTLE_S} before {@code nowS}; returns them in order. */
    public List<CycleAdherence> judgeUpTo(double nowS) {
        List<CycleAdherence> out = new ArrayList<>();
        while (!pending.isEmpty() && pending.peekFirst().endS() + SETTLE_S <= nowS) {
            CycleAdherence a = judge(pending.removeFirst());
            judged.add(a);
            out.add(a);
        }
        double forget = (pending.isEmpty() ? nowS : pending.peekFirst().startS()) - 2 * 40;
        onsets.removeIf(p -> p.startS() < forget);
        ends.removeIf(p -> p.startS() < forget);
        return out;
    }

    /** Every breath judged so far. */
    public List<CycleAdherence> judged() {
        return List.copyOf(judged);
    }

    /** The block so far. */
    public AdherenceSummary summary() {
        return summarize(judged);
    }

    /** Sums up a list of judged breaths. */
    public static AdherenceSummary summarize(List<CycleAdherence> list) {
        int heard = 0;
        int aligned = 0;
        double dev = 0;
        int devN = 0;
        for (CycleAdherence a : list) {
            if (a.heard()) {
                heard++;
                if (a.aligned()) {
                    aligned++;
                }
                if (a.detectedBpm() != null) {
                    dev += a.rateDeviationBpm();
                    devN++;
                }
            }
        }
        return new AdherenceSummary(list.size(), heard, aligned, devN == 0 ? Double.NaN : dev / devN);
    }

    private CycleAdherence judge(PacedCycle c) {
        double len = c.pattern().cycleS();
        double tol = toleranceS(c);
        boolean heard = false;
        for (PhaseStarted p : onsets) {
            if (p.startS() >= c.startS() - len && p.startS() <= c.endS() + len) {
                heard = true;
                break;
            }
        }
        if (!heard) {
            return new CycleAdherence(c, false, null, null, false, null, null);
        }
        PhaseStarted inhale = nearest(Phase.INHALE, c.startS(), tol);
        PhaseStarted exhale = nearest(Phase.EXHALE, c.exhaleStartS(), tol);
        Double inOff = inhale == null ? null : inhale.startS() - c.startS();
        Double exOff = exhale == null ? null : exhale.startS() - c.exhaleStartS();
        boolean aligned = exhale != null && (inhale != null || !inhalesHeard);
        Double bpm = detectedRate(c, tol);
        return new CycleAdherence(c, true, inOff, exOff, aligned, bpm, cue(c, tol, inhale, exhale, bpm));
    }

    private AdherenceCue cue(PacedCycle c, double tol, PhaseStarted inhale, PhaseStarted exhale, Double bpm) {
        double led = c.breathsPerMin();
        if (bpm != null && bpm > led + GlidePacer.followToleranceBpm(led)) {
            return AdherenceCue.SLOW_DOWN;
        }
        if (bpm != null && bpm < led - GlidePacer.followToleranceBpm(led)) {
            return AdherenceCue.NO_NEED_TO_HOLD_BACK;
        }
        PhaseStarted anyExhale = nearest(Phase.EXHALE, c.exhaleStartS(), c.pattern().exhaleS());
        if (anyExhale != null) {
            double off = anyExhale.startS() - c.exhaleStartS();
            if (off < -tol) {
                return AdherenceCue.HOLD_A_MOMENT;
            }
            if (off > tol) {
                return AdherenceCue.EXHALE_WITH_SHAPE;
            }
            Double length = lengthOf(anyExhale);
            if (length != null && length < SHORT_EXHALE * c.pattern().exhaleS()) {
                return AdherenceCue.EXHALE_LONGER;
            }
        }
        PhaseStarted anyInhale = nearest(Phase.INHALE, c.startS(), c.pattern().inhaleS());
        if (anyInhale != null && anyInhale.startS() - c.startS() < -tol) {
            return AdherenceCue.WAIT_FOR_INHALE;
        }
        return exhale != null && (inhale != null || !inhalesHeard) ? AdherenceCue.IN_TIME : AdherenceCue.EXHALE_WITH_SHAPE;
    }

    /** The detected onset of {@code phase} nearest {@code atS}, within {@code withinS}; or null. */
    private PhaseStarted nearest(Phase phase, double atS, double withinS) {
        PhaseStarted best = null;
        for (PhaseStarted p : onsets) {
            double d = Math.abs(p.startS() - atS);
            if (p.phase() == phase && d <= withinS && (best == null || d < Math.abs(best.startS() - atS))) {
                best = p;
            }
        }
        return best;
    }

    private Double lengthOf(PhaseStarted onset) {
        for (PhaseEnded e : ends) {
            if (e.phase() == onset.phase() && Math.abs(e.startS() - onset.startS()) < 1e-6) {
                return e.durationS();
            }
        }
        return null;
    }

    /** 60 over the period between the two onsets of one phase around this breath's end (exhales first). */
    private Double detectedRate(PacedCycle c, double tol) {
        for (Phase phase : new Phase[] {Phase.EXHALE, Phase.INHALE}) {
            PhaseStarted previous = null;
            for (PhaseStarted p : onsets) {
                if (p.phase() != phase) {
                    continue;
                }
                if (previous != null && p.startS() >= c.startS() + tol && p.startS() <= c.endS() + tol
                        && previous.startS() >= c.startS() - c.pattern().cycleS()) {
                    double period = p.startS() - previous.startS();
                    if (period > 1.5) {
                        return 60 / period;
                    }
                }
                previous = p;
            }
        }
        return null;
    }
}
