package org.breathpace.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** History kept in memory for one run (and in tests). Thread-safe. */
public final class InMemoryHistory implements HistoryPort {
    private final List<SessionSummary> sessions = new ArrayList<>();

    @Override
    public synchronized void save(SessionSummary summary) {
        sessions.add(summary);
    }

    @Override
    public synchronized List<SessionSummary> list() {
        List<SessionSummary> copy = new ArrayList<>(sessions);
        copy.sort(Comparator.comparing(SessionSummary::startedAt));
        return copy;
    }
}
