package org.breathpace.routine;

import java.util.ArrayList;
import java.util.List;

/** Keeps every session event, for asserting exact sequences. */
final class RecordingListener implements SessionListener {
    final List<SessionEvent> events = new ArrayList<>();

    @Override
    public void onEvent(SessionEvent event) {
        events.add(event);
    }

    <T extends SessionEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends SessionEvent> T last(Class<T> type) {
        List<T> all = of(type);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Simple names of the events since {@code from}, for sequence checks. */
    List<String> names(int from) {
        return events.subList(from, events.size()).stream().map(e -> e.getClass().getSimpleName()).toList();
    }
}
