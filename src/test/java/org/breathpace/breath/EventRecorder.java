package org.breathpace.breath;

import java.util.ArrayList;
import java.util.List;

/** For tests: keeps every event a detector emits, in order (called on the feeding thread only). */
public final class EventRecorder implements BreathListener {
    public final List<BreathEvent> events = new ArrayList<>();

    @Override
    public void onPhaseStarted(PhaseStarted e) {
        events.add(e);
    }

    @Override
    public void onPhaseEnded(PhaseEnded e) {
        events.add(e);
    }

    @Override
    public void onRate(RateUpdated e) {
        events.add(e);
    }

    @Override
    public void onQuality(SignalQuality e) {
        events.add(e);
    }

    /** The events of {@code type} kept, in order. */
    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** How many events of {@code type} were kept. */
    public long count(Class<?> type) {
        return events.stream().filter(type::isInstance).count();
    }
}
