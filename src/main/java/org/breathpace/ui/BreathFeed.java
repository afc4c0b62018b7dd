package org.breathpace.ui;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.breathpace.audio.SourceListener;
import org.breathpace.audio.SourceStatus;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.SignalQuality;

/**
 * The one hand-off from the audio thread to the FX thread. The audio thread offers each event
 * (already an immutable record) to a lock-free queue and returns; the FX thread drains the queue
 * once per frame in {@link #drain}. Nothing here touches a node, blocks or takes a lock.
 *
 * Block levels, which come many times a second, go instead into a preallocated {@link LevelTrace}.
 *
 * <p>Thread contract: the {@code on*} methods are called on the audio thread (a stalled status on
 * the source's watchdog thread) and only enqueue;
 * {@link #drain} is called on the FX thread (or a test's thread), never concurrently with itself.
 */
public final class BreathFeed implements SourceListener {
    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final LevelTrace levels = new LevelTrace(8192);

    /** Block levels, written on the audio thread without allocation, read once per frame. */
    public LevelTrace levels() {
        return levels;
    }

    @Override
    public void onLevel(double rmsDbfs, double peakDbfs, double startS, double endS) {
        levels.add(endS, rmsDbfs);
    }

    @Override
    public void onPhaseStarted(PhaseStarted event) {
        queue.offer(event);
    }

    @Override
    public void onPhaseEnded(PhaseEnded event) {
        queue.offer(event);
    }

    @Override
    public void onRate(RateUpdated event) {
        queue.offer(event);
    }

    @Override
    public void onQuality(SignalQuality event) {
        queue.offer(event);
    }

    @Override
    public void onStatus(SourceStatus status) {
        queue.offer(status);
    }

    /** Hands every event queued so far, in order, to {@code sink}; returns how many. */
    public int drain(Consumer<Object> sink) {
        int n = 0;
        for (Object e = queue.poll(); e != null; e = queue.poll()) {
            sink.accept(e);
            n++;
        }
        return n;
    }
}
