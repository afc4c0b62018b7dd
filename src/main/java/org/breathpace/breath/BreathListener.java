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

    /**
     * A listener that passes every event to {@code first}, then to {@code second}, on the calling
     * thread; it allocates nothing per event. {@code second} may be {@link #NONE}, and then
     * {@code first} itself is returned.
     */
    static BreathListener both(BreathListener first, BreathListener second) {
        if (second == NONE) {
            return first;
        }
        return new BreathListener() {
            @Override
            public void onPhaseStarted(PhaseStarted e) {
                first.onPhaseStarted(e);
                second.onPhaseStarted(e);
            }

            @Override
            public void onPhaseEnded(PhaseEnded e) {
                first.onPhaseEnded(e);
                second.onPhaseEnded(e);
            }

            @Override
            public void onRate(RateUpdated e) {
                first.onRate(e);
                second.onRate(e);
            }

            @Override
            public void onQuality(SignalQuality e) {
                first.onQuality(e);
                second.onQuality(e);
            }
        };
    }

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
