package org.breathpace.breath;

/**
 * Something the breath detector decided. Every event carries {@link #emittedS()}: the stream
 * time, in seconds of audio since the stream began, at which the detector emitted it, so
 * latency can be read from the events alone.
 */
public sealed interface BreathEvent permits PhaseStarted, PhaseEnded, RateUpdated, SignalQuality {

    /** Stream time in seconds (audio position) at which this event was emitted; ≥ 0. */
    double emittedS();
}
