package org.breathpace.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds known sessions for tests. */
final class Sessions {
    private Sessions() {
    }

    static UUID id(int n) {
        return new UUID(0x5E55_1000_0000_0000L, n);
    }

    /** A full, completed session: samples every 5 s, five exercises, one pain report. */
    static SessionRecord full(int n, Instant start, double minutes, Double resting) {
        Instant end = start.plus(Duration.ofMillis(Math.round(minutes * 60_000)));
        SessionSummary s = new SessionSummary(id(n), start, end, "mid-back", "diaphragmatic", resting,
                resting == null ? null : resting - 4, 95.5, 0.82, SessionOutcome.COMPLETED);
        List<RateSample> samples = new ArrayList<>();
        for (double t = 0; t < minutes * 60; t += 5) {
            samples.add(new RateSample(t, 12 - 5 * t / (minutes * 60)));
        }
        List<ExerciseResult> ex = List.of(
                new ExerciseResult("Cat-cow", 60, 60, 1, 1, false, false),
                new ExerciseResult("Thread the needle", 90, 45, 2, 1, true, true),
                new ExerciseResult("Open book", 90, 90, 2, 2, false, false));
        List<PainReport> pains = List.of(new PainReport("Thread the needle", "left", 301.5, PainChoice.SKIP,
                "pinch under the \"shoulder\" blade, then fine,\nnew line"));
        return new SessionRecord(s, samples, ex, pains);
    }

    static SessionSummary summary(int n, Instant start, double minutes, Double resting, SessionOutcome outcome) {
        return new SessionSummary(id(n), start, start.plusSeconds(Math.round(minutes * 60)), "mid-back",
                "diaphragmatic", resting, null, 0, null, outcome);
    }
}
