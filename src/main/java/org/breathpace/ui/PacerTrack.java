package org.breathpace.ui;

import org.breathpace.pacing.PacerPhase;

/**
 * The pacer's phase at each frame of the last few seconds, in a fixed ring (no allocation per
 * frame), for the strip beneath the trace and for matching detected breaths to the pacer.
 * FX thread only.
 */
public final class PacerTrack {
    private final double[] times;
    private final PacerPhase[] phases;
    private int next;
    private int size;

    /** @param capacity frames kept (60 fps × 40 s = 2400 is plenty) */
    public PacerTrack(int capacity) {
        times = new double[capacity];
        phases = new PacerPhase[capacity];
    }

    /** Records the phase at session time {@code t} (times must not go backwards). */
    public void add(double t, PacerPhase phase) {
        times[next] = t;
        phases[next] = phase;
        next = (next + 1) % times.length;
        size = Math.min(size + 1, times.length);
    }

    public int size() {
        return size;
    }

    /** Time of the i-th kept frame, oldest first. */
    public double time(int i) {
        return times[(next - size + i + times.length) % times.length];
    }

    public PacerPhase phase(int i) {
        return phases[(next - size + i + times.length) % times.length];
    }

    /** Whether the pacer showed {@code wanted} at some frame within {@code toleranceS} of {@code t}. */
    public boolean showed(PacerPhase wanted, double t, double toleranceS) {
        for (int i = size - 1; i >= 0; i--) {
            double ti = time(i);
            if (ti < t - toleranceS) {
                return false;
            }
            if (ti <= t + toleranceS && phase(i) == wanted) {
                return true;
            }
        }
        return false;
    }
}
