package org.breathpace.audio;

import org.breathpace.breath.BreathListener;

/**
 * Receives a live source's breath events and its status.
 *
 * <p><b>Thread contract.</b> Every method is called on the source's audio thread
 * ("breathpace-audio"). Implementations must return at once, must not block, throw or touch
 * JavaFX nodes: hand events to another thread (a queue) for anything slow such as printing,
 * saving or drawing. One exception: {@code onStatus} with {@code stalled} comes from the
 * "breathpace-watchdog" thread of a {@link MicrophoneSource}, because the audio thread is stuck
 * waiting for the device then; a listener that keeps state must therefore make status handling
 * thread-safe (a queue does).
 */
public interface SourceListener extends BreathListener {

    /** The input started, stalled, went silent, came back, was lost or stopped. */
    default void onStatus(SourceStatus status) { }

    /**
     * The level of one block of input as it arrives (about every 20–100 ms): for level meters and
     * the check-in's room measurement. Called per block, so it must be cheap and must not allocate.
     *
     * @param rmsDbfs RMS level of the block, dBFS (-120 for exact zeros)
     * @param peakDbfs loudest sample of the block, dBFS (-120 for exact zeros)
     * @param startS  stream time of the block's first sample, seconds
     * @param endS    stream time just after its last sample, seconds
     */
    default void onLevel(double rmsDbfs, double peakDbfs, double startS, double endS) { }

    /**
     * A listener that offers every breath event and status to {@code queue}, for another thread to
     * take off (levels are not queued: they come every block). Keep the queue unbounded, such as a
     * {@code LinkedBlockingQueue} or {@code ConcurrentLinkedQueue}, so that offering never blocks.
     */
    static SourceListener queueing(java.util.Queue<Object> queue) {
        return new SourceListener() {
            @Override
            public void onPhaseStarted(org.breathpace.breath.PhaseStarted e) {
                queue.offer(e);
            }

            @Override
            public void onPhaseEnded(org.breathpace.breath.PhaseEnded e) {
                queue.offer(e);
            }

            @Override
            public void onRate(org.breathpace.breath.RateUpdated e) {
                queue.offer(e);
            }

            @Override
            public void onQuality(org.breathpace.breath.SignalQuality e) {
                queue.offer(e);
            }

            @Override
            public void onStatus(SourceStatus status) {
                queue.offer(status);
            }
        };
    }

    /**
     * A listener that passes every call to {@code first}, then to {@code second}, on the calling
     * thread; it allocates nothing per call. Both must keep this interface's thread contract.
     */
    static SourceListener both(SourceListener first, SourceListener second) {
        return new SourceListener() {
            @Override
            public void onPhaseStarted(org.breathpace.breath.PhaseStarted e) {
                first.onPhaseStarted(e);
                second.onPhaseStarted(e);
            }

            @Override
            public void onPhaseEnded(org.breathpace.breath.PhaseEnded e) {
                first.onPhaseEnded(e);
                second.onPhaseEnded(e);
            }

            @Override
            public void onRate(org.breathpace.breath.RateUpdated e) {
                first.onRate(e);
                second.onRate(e);
            }

            @Override
            public void onQuality(org.breathpace.breath.SignalQuality e) {
                first.onQuality(e);
                second.onQuality(e);
            }

            @Override
            public void onStatus(SourceStatus status) {
                first.onStatus(status);
                second.onStatus(status);
            }

            @Override
            public void onLevel(double rmsDbfs, double peakDbfs, double startS, double endS) {
                first.onLevel(rmsDbfs, peakDbfs, startS, endS);
                second.onLevel(rmsDbfs, peakDbfs, startS, endS);
            }
        };
    }
}
