package org.breathpace.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A small program that records sessions into {@code args[0]} as the app would, run in its own JVM
 * by {@link KilledMidSessionTest} and killed there with SIGKILL. It saves {@code args[1]} completed
 * sessions, then records one more for ever, a rate sample every half second of session time (as
 * fast as it can), an exercise every 60 samples, and prints "SAVED n" each time the first n
 * samples of that session are known to be on disk.
 */
public final class RecordingChild {
    static final Instant START = Instant.parse("2026-04-01T07:00:00Z");

    private RecordingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int completed = Integer.parseInt(args[1]);
        HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults());
        for (int n = 0; n < completed; n++) {
            record(store, n, false);
        }
        record(store, completed, true);
    }

    /** The session number n as the child records it; the test rebuilds the same one to compare. */
    static SessionRecord expected(int n) {
        return Sessions.full(n, START.plusSeconds(86_400L * n), 3, 12.0);
    }

    private static void record(HistoryStore store, int n, boolean forEver) throws Exception {
        SessionRecord want = expected(n);
        SessionSummary s = want.summary();
        SessionRecorder rec = store.startRecorder(new SessionStart(s.id(), s.start(), s.routine(), s.pattern()),
                RecorderListener.NONE);
        rec.checkIn(s.restingRate());
        if (!forEver) {
            for (RateSample r : want.samples()) {
                rec.rate(r.offsetS(), r.breathsPerMin());
            }
            want.exercises().forEach(rec::exercise);
            want.pains().forEach(rec::pain);
            rec.finish(new SessionEnd(s.end(), s.closingRate(), s.timeAtTargetS(), s.adherence(), true));
            rec.flush().get(30, TimeUnit.SECONDS);
            System.out.println("COMPLETED " + n);
            return;
        }
        for (int i = 0; ; i++) {
            rec.rate(i * 0.5, 6 + (i % 20) * 0.25);
            if (i % 60 == 59) {
                rec.exercise(new ExerciseResult("Exercise " + i, 60, 60, 1, 1, false, false));
            }
            if (i % 10 == 9) {
                int saved = i + 1;
                rec.flush().thenRun(() -> System.out.println("SAVED " + saved));
            }
            Thread.sleep(1); // paces the loop so the test's kill lands somewhere in the middle
        }
    }
}
