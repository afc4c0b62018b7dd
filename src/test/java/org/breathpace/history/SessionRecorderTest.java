package org.breathpace.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionRecorderTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aRecordedSessionIsStoredAsItHappenedOnTheWriterThread() throws Exception {
        SessionRecord want = Sessions.full(3, T, 4, 13.0);
        SessionSummary s = want.summary();
        List<String> seen = new CopyOnWriteArrayList<>();
        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            SessionRecorder rec = store.startRecorder(new SessionStart(s.id(), s.start(), s.routine(), s.pattern()),
                    status -> seen.add(Thread.currentThread().getName() + " " + status.state()));
            rec.checkIn(13.0);
            for (RateSample r : want.samples().subList(0, 10)) {
                rec.rate(r.offsetS(), r.breathsPerMin());
            }
            rec.flush().get(10, TimeUnit.SECONDS);
            SessionRecord midway = store.session(s.id());
            assertThat(midway.summary().outcome()).isEqualTo(SessionOutcome.IN_PROGRESS);
            assertThat(midway.samples()).isEqualTo(want.samples().subList(0, 10));
            assertThat(midway.summary().duration().toSeconds()).isEqualTo(45);

            for (RateSample r : want.samples().subList(10, want.samples().size())) {
                rec.rate(r.offsetS(), r.breathsPerMin());
            }
            want.exercises().forEach(rec::exercise);
            want.pains().forEach(rec::pain);
            rec.finish(new SessionEnd(s.end(), s.closingRate(), s.timeAtTargetS(), s.adherence(), true));
            rec.rate(500, 9); // after finish: ignored
            rec.flush().get(10, TimeUnit.SECONDS);
            assertThat(store.session(s.id())).isEqualTo(want);
            assertThat(rec.status().state()).isEqualTo(RecorderStatus.State.FINISHED);
        }
        assertThat(seen).containsExactly("breathpace-history-writer FINISHED");
    }

    @Test
    void anUnfinishedSessionIsMarkedInterruptedOnTheNextOpen() throws Exception {
        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            SessionRecorder rec = store.startRecorder(new SessionStart(Sessions.id(1), T, "mid-back", "box"),
                    RecorderListener.NONE);
            rec.rate(0, 12);
            rec.rate(4, 11);
            rec.pain(new PainReport("Cat-cow", null, 7.5, PainChoice.END, "ouch"));
            rec.flush().get(10, TimeUnit.SECONDS);
        }
        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            SessionRecord r = store.session(Sessions.id(1));
            assertThat(r.summary().outcome()).isEqualTo(SessionOutcome.INTERRUPTED);
            assertThat(r.summary().end()).isEqualTo(T.plusMillis(7_500));
            assertThat(r.samples()).hasSize(2);
            assertThat(r.pains()).singleElement().extracting(PainReport::note).isEqualTo("ouch");
        }
    }

    @Test
    void finishingAsNotCompletedMarksItInterrupted() throws Exception {
        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            SessionRecorder rec = store.startRecorder(new SessionStart(Sessions.id(1), T, "mid-back", "box"),
                    RecorderListener.NONE);
            rec.finish(new SessionEnd(T.plusSeconds(30), null, 0, null, false));
            rec.flush().get(10, TimeUnit.SECONDS);
            assertThat(store.sessions()).singleElement().extracting(SessionSummary::outcome)
                    .isEqualTo(SessionOutcome.INTERRUPTED);
        }
    }
}
