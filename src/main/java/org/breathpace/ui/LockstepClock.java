package org.breathpace.ui;

import java.util.function.LongSupplier;
import org.breathpace.audio.FileReplaySource;

/**
 * Simulated time shared by a {@link FileReplaySource} and its driver: the replay's clock reads
 * this time and its sleep waits until the driver has moved the time on, so a recording is heard in
 * step with a simulated session — deterministic and as fast as the machine allows. Used for
 * screenshots and tests. Call {@link #expectReplay} just before starting a replay; the driver
 * calls {@link #advanceTo}; the audio thread calls the rest.
 */
public final class LockstepClock implements LongSupplier, FileReplaySource.Sleeper {
    /** How long to wait for a new replay's thread to start and reach its first sleep. */
    static final long START_WAIT_MS = 10_000;
    /** How long to wait for a running replay to catch up before deciding it has ended. */
    static final long CATCH_UP_WAIT_MS = 500;

    private long nanos;
    private boolean waiting;
    private boolean started;
    private boolean gone = true;

    @Override
    public synchronized long getAsLong() {
        return nanos;
    }

    /** A replay is about to start on this clock: the next {@link #advanceTo} waits for it. */
    public synchronized void expectReplay() {
        started = false;
        gone = false;
        waiting = false;
    }

    @Override
    public synchronized void sleepNanos(long wait) throws InterruptedException {
        long due = nanos + wait;
        started = true;
        gone = false;
        while (nanos < due) {
            waiting = true;
            notifyAll();
            wait();
        }
        waiting = false;
    }

    /**
     * Moves time on to {@code seconds} and returns once the replay has caught up (is waiting for
     * later time). A replay that does not catch up in time is taken to have ended: no more
     * waiting until it (or a new one) sleeps again.
     */
    public synchronized void advanceTo(double seconds) throws InterruptedException {
        long target = (long) (seconds * 1e9);
        if (target <= nanos && started) {
            return;
        }
        nanos = Math.max(nanos, target);
        waiting = false;
        notifyAll();
        if (gone) {
            return;
        }
        long deadline = System.nanoTime() + (started ? CATCH_UP_WAIT_MS : START_WAIT_MS) * 1_000_000;
        while (!waiting) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                gone = true;
                return;
            }
            wait(left);
        }
    }
}
