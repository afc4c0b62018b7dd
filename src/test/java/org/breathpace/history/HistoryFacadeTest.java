package org.breathpace.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFacadeTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void opensListsTrendsAndRecords() throws Exception {
        try (History history = History.open(dir, StoreOptions.defaults())) {
            assertThat(history.available()).isTrue();
            assertThat(history.saving()).isTrue();
            SessionRecorder rec = history.startRecorder(new SessionStart(Sessions.id(1), T, "mid-back", "box"),
                    RecorderListener.NONE);
            rec.checkIn(12.0);
            rec.rate(0, 12);
            rec.finish(new SessionEnd(T.plusSeconds(600), 7.0, 120, 0.9, true));
            rec.flush().get(10, TimeUnit.SECONDS);
            assertThat(history.sessions()).singleElement().extracting(SessionSummary::restingRate).isEqualTo(12.0);
            assertThat(history.lastSessions(5)).isEqualTo(history.sessions());
            assertThat(history.lastSessions(0)).isEmpty();
            TrendView t = history.trend(ZoneOffset.UTC, LocalDate.of(2026, 3, 1));
            assertThat(t.currentStreakDays()).isEqualTo(1);
            assertThat(t.minutesPerWeek()).hasSize(History.TREND_WEEKS);
            assertThat(t.minutesPerWeek().get(History.TREND_WEEKS - 1).minutes()).isEqualTo(10.0);
        }
    }

    @Test
    void withNoUsableFolderItSaysWhyAndTheSessionStillRuns() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        List<RecorderStatus> seen = new CopyOnWriteArrayList<>();
        try (History history = History.open(notAFolder, StoreOptions.defaults())) {
            assertThat(history.available()).isFalse();
            assertThat(history.notices()).singleElement().asString().contains("is a file, not a folder");
            assertThat(history.sessions()).isEmpty();
            assertThat(history.lastSessions(10)).isEmpty();
            assertThat(history.trend(ZoneOffset.UTC, LocalDate.of(2026, 3, 1)).sessions()).isZero();
            SessionRecorder rec = history.startRecorder(new SessionStart(Sessions.id(1), T, "mid-back", "box"),
                    seen::add);
            rec.rate(0, 12);
            rec.finish(new SessionEnd(T.plusSeconds(60), null, 0, null, true));
            assertThat(rec.status().state()).isEqualTo(RecorderStatus.State.NOT_SAVING);
            assertThat(seen).singleElement().extracting(RecorderStatus::message).asString()
                    .contains("is a file, not a folder");
        }
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }
}
