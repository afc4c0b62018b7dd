package org.breathpace.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, foreign, locked, full and read-only histories, with real SQLite files. */
class StoreFaultsTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");
    private static final StoreOptions OPTIONS = StoreOptions.defaults()
            .withClock(Clock.fixed(Instant.parse("2026-11-25T10:15:30Z"), ZoneOffset.UTC))
            .withTimeouts(Duration.ofMillis(100), Duration.ofMillis(100));

    @TempDir
    Path dir;

    private void saveTwo() throws Exception {
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
            store.add(List.of(Sessions.full(1, T, 10, 12.0), Sessions.full(2, T.plusSeconds(86_400), 10, 11.0)))
                    .get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsMovedAsideUntouchedAndANewHistoryStarted() throws Exception {
        byte[] junk = "these are someone's notes, not a database\n".repeat(200).getBytes();
        Files.write(dir.resolve("history.db"), junk);
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
            Path aside = dir.resolve("history.db.foreign-20261125T101530Z");
            assertThat(Files.readAllBytes(aside)).isEqualTo(junk);
            assertThat(store.notices()).singleElement().asString()
                    .contains("not an SQLite database").contains("moved aside to history.db.foreign-20261125T101530Z")
                    .contains("nothing deleted");
            store.add(List.of(Sessions.full(1, T, 10, 12.0))).get(10, TimeUnit.SECONDS);
            assertThat(store.sessions()).hasSize(1);
        }
    }

    @Test
    void anotherProgramsDatabaseIsMovedAside() throws Exception {
        Path file = dir.resolve("history.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (name TEXT)");
            s.execute("INSERT INTO users VALUES ('ada')");
        }
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
            assertThat(store.notices()).singleElement().asString().contains("another program");
            assertThat(store.sessions()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(
                "history.db.foreign-20261125T101530Z")); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name FROM users")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("ada");
        }
    }

    @Test
    void aDamagedHistoryIsMovedAsideByteForByteAndTwoDamagesInTheSameSecondBothKept() throws Exception {
        saveTwo();
        Path file = dir.resolve("history.db");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(3 * 4096);
        for (int i = 4096 + 100; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5a); // scramble every page after the first
        }
        Files.write(file, bytes);
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
            assertThat(store.notices()).singleElement().asString().contains("moved aside to history.db.corrupt-");
            assertThat(store.sessions()).isEmpty();
        }
        assertThat(Files.readAllBytes(dir.resolve("history.db.corrupt-20261125T101530Z"))).isEqualTo(bytes);
        Files.write(file, bytes);
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
            assertThat(store.notices()).singleElement().asString().contains("history.db.corrupt-20261125T101530Z-2");
        }
        assertThat(Files.readAllBytes(dir.resolve("history.db.corrupt-20261125T101530Z"))).isEqualTo(bytes);
    }

    @Test
    void aLockedHistoryHoldsTheSessionInMemoryAndSavesItOnceFree() throws Exception {
        saveTwo();
        BlockingQueue<RecorderStatus> statuses = new LinkedBlockingQueue<>();
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file())) {
            try (Statement s = other.createStatement()) {
                s.execute("BEGIN IMMEDIATE"); // a second program takes the write lock and keeps it
            }
            SessionRecorder rec = store.startRecorder(new SessionStart(Sessions.id(9), T.plusSeconds(9 * 86_400),
                    "mid-back", "box"), statuses::add);
            for (int i = 0; i < 20; i++) {
                rec.rate(i * 3, 10); // the session goes on: nothing blocks, nothing throws
            }
            RecorderStatus status = statuses.poll(10, TimeUnit.SECONDS);
            assertThat(status.state()).isEqualTo(RecorderStatus.State.NOT_SAVING);
            assertThat(status.message()).contains("locked by another program").contains("kept in memory");
            assertThat(status.unsaved()).isBetween(1, 21);
            assertThat(store.sessions()).hasSize(2); // what was saved is still readable meanwhile
            try (HistoryStore second = HistoryStore.open(dir, OPTIONS)) { // e.g. 'history list' meanwhile
                assertThat(second.sessions()).hasSize(2);
            }
            other.createStatement().execute("ROLLBACK");
            rec.flush().get(10, TimeUnit.SECONDS);
            assertThat(statuses.poll(10, TimeUnit.SECONDS).state()).isEqualTo(RecorderStatus.State.SAVING);
            assertThat(store.session(Sessions.id(9)).samples()).hasSize(20);
            assertThat(store.sessions()).hasSize(3);
        }
    }

    @Test
    void aFullDiskKeepsWhatWasSavedAndReportsInsteadOfThrowing() throws Exception {
        saveTwo();
        long pages;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA page_count")) {
            r.next();
            pages = r.getLong(1);
        }
        BlockingQueue<RecorderStatus> statuses = new LinkedBlockingQueue<>();
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS.withMaxPageCount(pages + 1))) {
            SessionRecorder rec = store.startRecorder(new SessionStart(Sessions.id(9), T.plusSeconds(9 * 86_400),
                    "mid-back", "box"), statuses::add);
            for (int i = 0; i < 3_000; i++) {
                rec.exercise(new ExerciseResult("A long exercise name to fill the disk quickly " + i, 60, 60, 1, 1,
                        false, false));
            }
            RecorderStatus status = statuses.poll(10, TimeUnit.SECONDS);
            assertThat(status.state()).isEqualTo(RecorderStatus.State.NOT_SAVING);
            assertThat(status.message()).contains("is full").contains("kept in memory");
            assertThat(status.unsaved()).isGreaterThan(0);
            assertThat(store.sessions()).hasSizeBetween(2, 3); // the session's first batch may have fitted
        }
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
            assertThat(store.session(Sessions.id(1))).isEqualTo(Sessions.full(1, T, 10, 12.0));
            assertThat(store.session(Sessions.id(2))).isEqualTo(Sessions.full(2, T.plusSeconds(86_400), 10, 11.0));
        }
    }

    @Test
    void aReadOnlyFolderIsReadButNotWrittenAndTheSessionGoesOn() throws Exception {
        saveTwo();
        Path file = dir.resolve("history.db");
        byte[] before = Files.readAllBytes(file);
        makeReadOnly(dir, file);
        try {
            BlockingQueue<RecorderStatus> statuses = new LinkedBlockingQueue<>();
            try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
                assertThat(store.writable()).isFalse();
                assertThat(store.notices()).singleElement().asString().contains("read-only");
                assertThat(store.sessions()).hasSize(2);
                assertThat(store.session(Sessions.id(1))).isEqualTo(Sessions.full(1, T, 10, 12.0));
                SessionRecorder rec = store.startRecorder(new SessionStart(Sessions.id(9), T, "mid-back", "box"),
                        statuses::add);
                rec.rate(0, 12);
                rec.finish(new SessionEnd(T.plusSeconds(60), null, 0, null, true));
                assertThat(statuses.poll(1, TimeUnit.SECONDS).message()).contains("read-only");
                assertThatThrownBy(() -> store.delete(Sessions.id(1)).join()).hasMessageContaining("read-only");
            }
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("history.db");
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            undoReadOnly(dir, file);
        }
        Path empty = dir.resolve("empty");
        Files.createDirectory(empty);
        makeReadOnly(empty, null);
        try {
            assertThatThrownBy(() -> HistoryStore.open(empty, OPTIONS)).isInstanceOf(HistoryException.class)
                    .hasMessageContaining("cannot be created").hasMessageContaining("--data-dir");
        } finally {
            undoReadOnly(empty, null);
        }
    }

    /** chmod for a normal user; for root (whom permissions do not stop) the immutable attribute. */
    private static void makeReadOnly(Path folder, Path file) throws Exception {
        if (!isRoot()) {
            if (file != null) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
            return;
        }
        boolean ok = chattr("+i", file) && chattr("+i", folder);
        Assumptions.assumeTrue(ok, "running as root on a file system without chattr +i: cannot make a folder"
                + " read-only for root here");
    }

    private static void undoReadOnly(Path folder, Path file) throws Exception {
        if (!isRoot()) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            if (file != null) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return;
        }
        chattr("-i", folder);
        chattr("-i", file);
    }

    private static boolean isRoot() throws IOException {
        return "root".equals(System.getProperty("user.name"))
                || Files.getAttribute(Path.of("/proc/self"), "unix:uid").equals(0);
    }

    private static boolean chattr(String flag, Path p) throws Exception {
        if (p == null) {
            return true;
        }
        try {
            Process pr = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true).start();
            pr.getInputStream().readAllBytes();
            return pr.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
