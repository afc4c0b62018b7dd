package org.breathpace.pacing;

/**
 * The adaptive pacer: starts at the person's resting rate and glides, breath by breath, to the
 * target pattern's rate over {@code glideS} seconds, keeping the pattern's proportions.
 *
 * <p>It is a pure function of the times and breaths fed in (no clock is read):
 * <ul>
 *   <li>{@link #at(double)} advances to a time (never backwards) and returns the state there;</li>
 *   <li>{@link #onDetectedRate(double, double)} tells it the person's measured rate.</li>
 * </ul>
 * The rate only changes between breaths, so each breath is led at one steady pace. When a breath
 * ends, the glide moves on by that breath's length only if the person was following: their
 * latest rate (heard within {@link #FRESH_S} seconds) was no more than
 * {@link #followToleranceBpm(double)} faster than the pace led. With no rate heard (no microphone,
 * no signal) it glides on the clock alone. It never leads faster than the person breathes: when they
 * are already slower than the glide, the next breath is led at their pace (not below the target),
 * and the glide jumps ahead to match. A person whose resting rate is already slower than the target
 * is led at that resting rate: the glide only ever slows.
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class GlidePacer {
    /** A measured rate older than this (seconds) no longer counts. */
    public static final double FRESH_S = 20;

    private final BreathingPattern target;
    private final double startBpm;
    private final double endBpm;
    private final double glideS;
    private double glidedS;
    private double lastT;
    private PacedCycle cycle;
    private double personBpm = Double.NaN;
    private double personAtS = Double.NEGATIVE_INFINITY;
    private boolean followedLast = true;
    private int pausedBreaths;

    /**
     * @param target   the pattern to reach (its rate and proportions)
     * @param startBpm the person's resting rate, breaths a minute; NaN to start at the target
     * @param glideS   seconds of following it takes to reach the target (0 = start at the target)
     */
    public GlidePacer(BreathingPattern target, double startBpm, double glideS) {
        if (!(glideS >= 0)) {
            throw new IllegalArgumentException("glideS must be >= 0: " + glideS);
        }
        this.target = target;
        double s = Double.isNaN(startBpm) ? target.breathsPerMin() : clampRate(startBpm);
        this.startBpm = s;
        // Only ever glides slower: a person already slower than the target stays at their own pace.
        this.endBpm = Math.min(s, target.breathsPerMin());
        this.glideS = glideS;
        this.cycle = new PacedCycle(0, 0, target.atRate(s));
    }

    /** A pacer that leads the pattern as it is, with no glide. */
    public static GlidePacer fixed(BreathingPattern pattern) {
        return new GlidePacer(pattern, Double.NaN, 0);
    }

    /** How much faster than the pace led (breaths a minute) the person may breathe and still count as following. */
    public static double followToleranceBpm(double ledBpm) {
        return Math.max(1.0, 0.15 * ledBpm);
    }

    /** The person's measured rate at {@code atS} (stream time on the same clock as {@link #at}). */
    public void onDetectedRate(double breathsPerMin, double atS) {
        if (breathsPerMin > 0) {
            personBpm = breathsPerMin;
            personAtS = atS;
        }
    }

    /** The state at {@code tS} seconds since the block began; {@code tS} must not go backwards. */
    public PacerState at(double tS) {
        if (tS < lastT) {
            throw new IllegalArgumentException("time went backwards: " + tS + " after " + lastT);
        }
        lastT = tS;
        while (tS >= cycle.endS()) {
            cycle = next(cycle);
        }
        PacerState s = new Pacer(cycle.pattern()).at(tS - cycle.startS());
        return new PacerState(s.phase(), s.progress(), s.secondsLeft(), cycle.breathsPerMin(), s.fullness());
    }

    /** The breath being led now (after the last {@link #at} call). */
    public PacedCycle cycle() {
        return cycle;
    }

    /** 0 (at the resting rate) … 1 (at the target). */
    public double glideFraction() {
        return glideS == 0 ? 1 : Math.min(1, glidedS / glideS);
    }

    /** Whether the person was following during the last breath led (true when unknown). */
    public boolean following() {
        return followedLast;
    }

    /** How many breaths the glide has held back because the person was not following. */
    public int pausedBreaths() {
        return pausedBreaths;
    }

    /** The target pattern. */
    public BreathingPattern target() {
        return target;
    }

    private PacedCycle next(PacedCycle done) {
        double led = done.breathsPerMin();
        boolean known = done.endS() - personAtS <= FRESH_S;
        followedLast = !known || personBpm <= led + followToleranceBpm(led);
        if (followedLast) {
            glidedS += done.pattern().cycleS();
        } else {
            pausedBreaths++;
        }
        double bpm = clampRate(glideRate());
        if (known && personBpm < bpm) {
            bpm = clampRate(Math.max(endBpm, personBpm));
            glidedS = Math.max(glidedS, glideTimeFor(bpm));
        }
        return new PacedCycle(done.index() + 1, done.endS(), target.atRate(bpm));
    }

    private double glideRate() {
        return startBpm + (endBpm - startBpm) * glideFraction();
    }

    private double glideTimeFor(double bpm) {
        double span = endBpm - startBpm;
        return span == 0 ? glideS : glideS * Math.min(1, Math.max(0, (bpm - startBpm) / span));
    }

    /** Keeps a rate where the pattern scaled to it is still valid (every phase 1–20 s, a breath 2–40 s). */
    private double clampRate(double bpm) {
        double shortest = Math.min(target.inhaleS(), target.exhaleS());
        double longest = Math.max(Math.max(target.inhaleS(), target.exhaleS()), Math.max(target.holdInS(), target.holdOutS()));
        double minCycle = Math.max(2, target.cycleS() / shortest * 1.0001);
        double maxCycle = Math.min(40, target.cycleS() * 20 / longest * 0.9999);
        return Math.max(60 / maxCycle, Math.min(60 / minCycle, bpm));
    }
}
