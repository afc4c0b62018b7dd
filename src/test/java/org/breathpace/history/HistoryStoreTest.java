package org.breathpace.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void everyRecordRoundTripsThroughARealFile() throws Exception {
        SessionRecord full = Sessions.full(1, T, 12.5, 11.5);
        SessionRecord bare = new SessionRecord(new SessionSummary(Sessions.id(2), T.plusSeconds(86_400),
                T.plusSeconds(86_400 + 60), "custom routine", "box", null, null, 0, null, SessionOutcome.INTERRUPTED),
                List.of(), List.of(), List.of());
        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            assertThat(store.add(List.of(full, bare)).get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(store.add(List.of(full)).get(10, TimeUnit.SECONDS)).isZero();
        }
        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            assertThat(store.session(Sessions.id(1))).isEqualTo(full);
            assertThat(store.session(Sessions.id(2))).isEqualTo(bare);
            assertThat(store.sessions()).containsExactly(full.summary(), bare.summary());
            assertThat(store.find(Sessions.id(2).toString().substring(0, 36))).isEqualTo(Sessions.id(2));
            assertThat(store.notices()).isEmpty();
        }
    }

    @Test
    void theFileIsTheUsersAloneAndInWalMode() throws Exception {
        Path data = dir.resolve("nested/breathpace");
        try (HistoryStore store = HistoryStore.open(data, StoreOptions.defaults())) {
            store.add(List.of(Sessions.full(1, T, 10, 12.0))).get(10, TimeUnit.SECONDS);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                    .isEqualTo("rw-------");
            Path wal = data.resolve("history.db-wal");
            assertThat(wal).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                 Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("wal");
            }
        }
    }

    @Test
    void anExistingFolderAndFileLoseGroupAndOtherRightsButTheOwnerKeepsTheirs() throws Exception {
        Path data = dir.resolve("shared");
        Files.createDirectory(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createFile(data.resolve("history.db"));
        Files.setPosixFilePermissions(data.resolve("history.db"), PosixFilePermissions.fromString("rw-rw-r--"));
        try (HistoryStore store = HistoryStore.open(data, StoreOptions.defaults())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                    .isEqualTo("rw-------");
            assertThat(store.writable()).isTrue();
        }
    }

    @Test
    void aVersionOneDatabaseWrittenByHandIsMigratedKeepingEveryRow() throws Exception {
        Path file = dir.resolve("history.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // The first schema breathpace shipped, as it was.
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            s.execute("INSERT INTO schema_version (version) VALUES (1)");
            s.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, start_ms INTEGER"
                    + " NOT NULL, end_ms INTEGER NOT NULL, routine TEXT NOT NULL, pattern TEXT NOT NULL, resting_bpm"
                    + " REAL, closing_bpm REAL, target_s REAL NOT NULL DEFAULT 0, adherence REAL, outcome TEXT NOT NULL)");
            s.execute("CREATE TABLE rate_samples (session INTEGER NOT NULL, offset_s REAL NOT NULL, bpm REAL NOT NULL)");
            s.execute("CREATE TABLE exercises (session INTEGER NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL,"
                    + " planned_s REAL NOT NULL, done_s REAL NOT NULL, sides_planned INTEGER NOT NULL, sides_done"
                    + " INTEGER NOT NULL, skipped INTEGER NOT NULL, eased INTEGER NOT NULL, PRIMARY KEY (session, seq))");
            s.execute("CREATE TABLE pains (session INTEGER NOT NULL, seq INTEGER NOT NULL, exercise TEXT NOT NULL,"
                    + " side TEXT, at_s REAL NOT NULL, choice TEXT NOT NULL, note TEXT NOT NULL,"
                    + " PRIMARY KEY (session, seq))");
            s.execute("PRAGMA application_id = " + 0x42725063);
            s.execute("INSERT INTO sessions VALUES (7, '" + Sessions.id(1) + "', " + T.toEpochMilli() + ", "
                    + (T.toEpochMilli() + 600_000) + ", 'mid-back', 'box', 13.0, 8.5, 120, 0.75, 'completed')");
            s.execute("INSERT INTO sessions VALUES (8, '" + Sessions.id(2) + "', " + (T.toEpochMilli() + 86_400_000L)
                    + ", " + (T.toEpochMilli() + 86_400_000L + 90_000) + ", 'mid-back', 'box', NULL, NULL, 0, NULL,"
                    + " 'in_progress')");
            s.execute("INSERT INTO rate_samples VALUES (7, 0, 13.0), (7, 5, 12.5), (8, 0, 14.0)");
            s.execute("INSERT INTO exercises VALUES (7, 0, 'Open book', 90, 80, 2, 2, 0, 1)");
            s.execute("INSERT INTO pains VALUES (7, 0, 'Open book', 'right', 200, 'ease', 'a bit tight')");
        }
        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            SessionRecord r = store.session(Sessions.id(1));
            assertThat(r.summary()).isEqualTo(new SessionSummary(Sessions.id(1), T, T.plusSeconds(600), "mid-back",
                    "box", 13.0, 8.5, 120, 0.75, SessionOutcome.COMPLETED));
            assertThat(r.samples()).containsExactly(new RateSample(0, 13), new RateSample(5, 12.5));
            assertThat(r.exercises()).containsExactly(new ExerciseResult("Open book", 90, 80, 2, 2, false, true));
            assertThat(r.pains()).containsExactly(new PainReport("Open book", "right", 200, PainChoice.EASE,
                    "a bit tight"));
            // The v1 session left in progress is recovered with the length it had (90 s), via the new saved_s.
            SessionSummary cut = store.session(Sessions.id(2)).summary();
            assertThat(cut.outcome()).isEqualTo(SessionOutcome.INTERRUPTED);
            assertThat(cut.duration().toSeconds()).isEqualTo(90);
            assertThat(store.notices()).singleElement().asString().contains("1 session cut short");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(Schema.CURRENT).isEqualTo(2);
                assertThat(r.next()).isFalse();
            }
            try (ResultSet r = s.executeQuery("SELECT saved_s FROM sessions WHERE id = 7")) {
                r.next();
                assertThat(r.getDouble(1)).isEqualTo(600.0);
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                    + " AND name IN ('sessions_by_start', 'rate_samples_by_session')")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void aNewerSchemaIsOpenedReadOnlyAndNotTouched() throws Exception {
        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            store.add(List.of(Sessions.full(1, T, 10, 12.0))).get(10, TimeUnit.SECONDS);
        }
        Path file = dir.resolve("history.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = 99");
        }
        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            assertThat(store.writable()).isFalse();
            assertThat(store.notices()).singleElement().asString().contains("newer breathpace");
            assertThat(store.sessions()).hasSize(1);
            assertThatThrownBy(() -> store.delete(Sessions.id(1)).join()).hasMessageContaining("newer breathpace");
            assertThat(store.startRecorder(new SessionStart(Sessions.id(5), T, "r", "p"), RecorderListener.NONE)
                    .status().state()).isEqualTo(RecorderStatus.State.NOT_SAVING);
        }
    }

    @Test
    void findNeedsAUniquePrefixOfAtLeastFourCharacters() throws Exception {
        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            store.add(List.of(Sessions.full(1, T, 10, 12.0), Sessions.full(2, T.plusSeconds(86_400), 10, 12.0)))
                    .get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> store.find("5e5")).hasMessageContaining("at least the first 4");
            assertThatThrownBy(() -> store.find("5e55")).hasMessageContaining("More than one");
            assertThatThrownBy(() -> store.find("abcd")).hasMessageContaining("No saved session");
            assertThat(store.delete(Sessions.id(1)).get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(store.find("5e55")).isEqualTo(Sessions.id(2));
            assertThat(store.session(Sessions.id(1))).isNull();
        }
    }
}
