package org.breathpace.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Run by {@link StoreFaultsTest} in its own JVM, as a user whom file permissions stop (for root:
 * without the capabilities that override them): opens the read-only history in {@code args[0]}
 * and the read-only empty folder {@code args[1]}, and prints one "key=value" line per fact.
 */
public final class ReadOnlyChild {
    private ReadOnlyChild() {
    }

    public static void main(String[] args) throws Exception {
        Instant t = Instant.parse(args[2]);
        try (HistoryStore store = HistoryStore.open(Path.of(args[0]), StoreOptions.defaults())) {
            System.out.println("writable=" + store.writable());
            System.out.println("notices=" + String.join(" | ", store.notices()));
            System.out.println("sessions=" + store.sessions().size());
            System.out.println("first-intact=" + store.session(Sessions.id(1)).equals(Sessions.full(1, t, 10, 12.0)));
            BlockingQueue<RecorderStatus> statuses = new LinkedBlockingQueue<>();
            SessionRecorder rec = store.startRecorder(new SessionStart(Sessions.id(9), t, "mid-back", "box"),
                    statuses::add);
            rec.rate(0, 12);
            rec.finish(new SessionEnd(t.plusSeconds(60), null, 0, null, true));
            RecorderStatus status = statuses.poll(10, TimeUnit.SECONDS);
            System.out.println("recorder=" + status.state() + " " + status.message());
            try {
                store.delete(Sessions.id(1)).join();
                System.out.println("delete=done");
            } catch (RuntimeException e) {
                System.out.println("delete=refused " + e.getMessage());
            }
        }
        try (HistoryStore store = HistoryStore.open(Path.of(args[1]), StoreOptions.defaults())) {
            System.out.println("empty=opened " + List.of(store.writable()));
        } catch (HistoryException e) {
            System.out.println("empty=" + e.getMessage());
        }
    }
}
