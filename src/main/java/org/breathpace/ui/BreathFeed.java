package org.breathpace.ui;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.breathpace.audio.SourceListener;

/**
 * The one hand-off from the audio thread to the FX thread. The audio thread offers each event
 * (already an immutable record) to a lock-free queue and returns; the FX thread drains the queue
 * once per frame in {@link #drain}. Nothing here touches a node, blocks or takes a lock.
 *
 * Block levels, which come many times a second, go instead into a preallocated {@link LevelTrace}.
 *
 * <p>Thread contract: the methods of {@link #listener()} are called on the audio thread (a stalled
 * status on the source's watchdog thread) and only enqueue or write the ring; {@link #drain} is
 * called on the FX thread (or a test's thread), never concurrently with itself.
 */
public final class BreathFeed {
    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final LevelTrace levels = new LevelTrace(8192);
    private final SourceListener listener = SourceListener.both(SourceListener.queueing(queue), new SourceListener() {
        @Override
        public void onLevel(double rmsDbfs, double peakDbfs, double startS, double endS) {
            levels.add(endS, rmsDbfs);
        }
    });

    /** Block levels, written on the audio thread without allocation, read once per frame. */
    public LevelTrace levels() {
        return levels;
    }

    /**
     * The listener to start a live source with: it offers every breath event and status to the
     * queue ({@link SourceListener#queueing}) and writes block levels into {@link #levels()}.
     */
    public SourceListener listener() {
        return listener;
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
