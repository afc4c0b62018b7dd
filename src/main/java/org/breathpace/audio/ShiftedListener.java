package org.breathpace.audio;

import org.breathpace.breath.BreathListener;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.SignalQuality;

/**
 * Passes a detector's events on with every time moved later by {@code offsetS}: a detector that
 * started part-way into a stream counts from its own start, the stream from capture start.
 * Allocates one event per event when the offset is not zero; same thread contract as the target.
 */
final class ShiftedListener implements BreathListener {
    private final BreathListener target;
    private final double offsetS;

    ShiftedListener(BreathListener target, double offsetS) {
        if (!(offsetS >= 0)) {
            throw new IllegalArgumentException("offsetS must be >= 0: " + offsetS);
        }
        this.target = target;
        this.offsetS = offsetS;
    }

    @Override
    public void onPhaseStarted(PhaseStarted e) {
        target.onPhaseStarted(offsetS == 0 ? e : new PhaseStarted(e.phase(), e.startS() + offsetS, e.emittedS() + offsetS));
    }

    @Override
    public void onPhaseEnded(PhaseEnded e) {
        target.onPhaseEnded(offsetS == 0 ? e
                : new PhaseEnded(e.phase(), e.startS() + offsetS, e.endS() + offsetS, e.emittedS() + offsetS));
    }

    @Override
    public void onRate(RateUpdated e) {
        target.onRate(offsetS == 0 ? e
                : new RateUpdated(e.breathsPerMin(), e.instantBreathsPerMin(), e.confidence(), e.emittedS() + offsetS));
    }

    @Override
    public void onQuality(SignalQuality e) {
        target.onQuality(offsetS == 0 ? e
                : new SignalQuality(e.snrDb(), e.clippedFraction(), e.warnings(), e.emittedS() + offsetS));
    }
}
