package org.breathpace.history;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The one place the session and the UI go for history: open it for a data folder, list sessions,
 * compute the trend view, start recording a session. Never throws when opening: with no usable
 * history (e.g. a folder that cannot be created) it is {@linkplain #available() unavailable}, lists
 * nothing, and its recorders report why in their status, so the session goes on regardless.
 * Reads run on the calling thread (call them off the FX thread); recording never blocks.
 */
public final class History implements AutoCloseable {
    /** Resting rates the per-session trend and typical value use. */
    public static final int TREND_SESSIONS = 10;
    /** Weeks the weekly trend and minutes per week cover. */
    public static final int TREND_WEEKS = 8;

    private final HistoryStore store;
    private final List<String> notices;

    private History(HistoryStore store, List<String> notices) {
        this.store = store;
        this.notices = List.copyOf(notices);
    }

    /** Opens the history in {@code dataDir} (see {@link DataDirectory}). */
    public static History open(Path dataDir, StoreOptions options) {
        try {
            HistoryStore store = HistoryStore.open(dataDir, options);
            return new History(store, store.notices());
        } catch (HistoryException e) {
            return new History(null, List.of(e.getMessage()));
        }
    }

    /** False when there is no history to read or write; {@link #notices()} says why. */
    public boolean available() {
        return store != null;
    }

    /** Whether new sessions will be saved. */
    public boolean saving() {
        return store != null && store.writable();
    }

    /** What opening found (files moved aside, sessions recovered, read-only, unavailable): one sentence each. */
    public List<String> notices() {
        return notices;
    }

    /** The store, when available, for everything else (show, export, delete, import). */
    public Optional<HistoryStore> store() {
        return Optional.ofNullable(store);
    }

    /** Every session, oldest first. */
    public List<SessionSummary> sessions() {
        return store == null ? List.of() : store.sessions();
    }

    /** The last {@code count} sessions, oldest first (what a history screen lists). */
    public List<SessionSummary> lastSessions(int count) {
        return store == null ? List.of() : store.lastSessions(count);
    }

    /** The trend view for a person in {@code zone} whose local date is {@code today}. */
    public TrendView trend(ZoneId zone, LocalDate today) {
        return Trends.compute(sessions(), zone, today, TREND_SESSIONS, TREND_WEEKS);
    }

    /** Starts saving a session as it happens; with no usable history the recorder saves nothing and says why. */
    public SessionRecorder startRecorder(SessionStart start, RecorderListener listener) {
        if (store == null) {
            return SessionRecorder.unsaved(notices.isEmpty() ? "The history is not available; this session is not"
                    + " saved." : notices.get(0), listener);
        }
        return store.startRecorder(start, listener);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
