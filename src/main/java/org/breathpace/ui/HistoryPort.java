package org.breathpace.ui;

import java.util.List;

/**
 * Where finished sessions go and come back from. {@link InMemoryHistory} holds them for one run;
 * the {@code history} package's SQLite store plugs in behind the same interface. Called from a
 * {@link TaskExecutor}, not the FX thread; implementations must be thread-safe.
 */
public interface HistoryPort {

    /** Keeps {@code summary}. */
    void save(SessionSummary summary);

    /** Every session kept, oldest first. */
    List<SessionSummary> list();
}
