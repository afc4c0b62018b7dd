package org.breathpace.audio;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Notices a capture line that stops delivering samples for {@link #STALLED_AFTER_S} and the
 * moment they come back. The audio thread calls {@link #dataArrived} for each block (a volatile
 * write, no lock, no allocation); a watchdog thread calls {@link #check}. Times are passed in
 * (monotonic nanoseconds), so it is tested in simulated time.
 */
final class StallWatch {
    static final double STALLED_AFTER_S = 2.0;

    private volatile long lastDataNanos;
    private final AtomicBoolean stalled = new AtomicBoolean();

    StallWatch(long startNanos) {
        this.lastDataNanos = startNanos;
    }

    /**
     * Notes that samples arrived (audio thread).
     *
     * @return true when the line had been reported stalled and has now come back
     */
    boolean dataArrived(long nowNanos) {
        lastDataNanos = nowNanos;
        return stalled.get() && stalled.compareAndSet(true, false);
    }

    /**
     * Looks at the time since the last samples (watchdog thread).
     *
     * @return true exactly once per stall, when it has just lasted {@link #STALLED_AFTER_S}
     */
    boolean check(long nowNanos) {
        return nowNanos - lastDataNanos >= STALLED_AFTER_S * 1e9 && stalled.compareAndSet(false, true);
    }
}
