package org.breathpace.breath;

/**
 * Receives what the breath detector decides, in stream order.
 *
 * <p><b>Thread contract.</b> Every method is called on the thread that feeds the detector:
 * live, that is the audio thread. Implementations must return quickly, must not block
 * (no I/O, no locks held for long, no waiting on another thread), must not throw, and must
 * not touch JavaFX nodes; hand work to another thread if it is slow. Events are immutable
 * records and may be kept.
 */
public interface BreathListener {

    /** A listener that ignores everything. */
    BreathListener NONE = new BreathListener() { };

    default void onPhaseStarted(PhaseStarted event) { }

    default void onPhaseEnded(PhaseEnded event) { }

    default void onRate(RateUpdated event) { }

    default void onQuality(SignalQuality event) { }

    /** Dispatches any event to the matching method. */
    default void accept(BreathEvent event) {
        if (event instanceof PhaseStarted e) {
            onPhaseStarted(e);
        } else if (event instanceof PhaseEnded e) {
            onPhaseEnded(e);
        } else if (event instanceof RateUpdated e) {
            onRate(e);
        } else if (event instanceof SignalQuality e) {
            onQuality(e);
        }
    }
}
