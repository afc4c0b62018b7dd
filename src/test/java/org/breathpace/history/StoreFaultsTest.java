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
import java.util.ArrayList;
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
    void damageMetInUseIsReportedAndTheNextOpenMovesTheFileAside() throws Exception {
        List<SessionRecord> many = new java.util.ArrayList<>();
        for (int n = 0; n < 20; n++) {
            many.add(Sessions.full(n, T.plusSeconds(86_400L * n), 60, 12.0));
        }
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
            store.add(many).get(10, TimeUnit.SECONDS);
        }
        Path file = dir.resolve("history.db");
        assertThat(dir.resolve("history.db-wal")).doesNotExist();
        int root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'rate_samples'")) {
            r.next();
            root = r.getInt(1);
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = (root - 1) * 4096; i < root * 4096; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0xa5); // only the samples table's root page
        }
        Files.write(file, bytes);
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
            assertThat(store.notices()).isEmpty(); // the quick check at open covers the sessions, not the samples
            assertThat(store.sessions()).hasSize(20);
            assertThatThrownBy(() -> store.session(Sessions.id(3))).isInstanceOf(HistoryException.class)
                    .hasMessageContaining("is damaged").hasMessageContaining("restart breathpace");
        }
        assertThat(dir.resolve("history.db.check")).exists();
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
            assertThat(store.notices()).singleElement().asString()
                    .contains("moved aside to history.db.corrupt-20261125T101530Z");
            assertThat(store.sessions()).isEmpty();
        }
        assertThat(dir.resolve("history.db.check")).doesNotExist();
        assertThat(Files.readAllBytes(dir.resolve("history.db.corrupt-20261125T101530Z"))).isEqualTo(bytes);
    }

    @Test
    void aLockedHistoryHoldsTheSessionInMemoryAndSavesItOnceFree() throws Exception {
        saveTwo();
        BlockingQueue<RecorderStatus> statuses = new LinkedBlockingQueue<>();
        // A second program (its own JVM) takes the write lock and keeps it.
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                KilledMidSessionTest.classPath(), LockHolderChild.class.getName(), dir.resolve("history.db").toString())
                .redirectErrorStream(true).start();
        java.io.BufferedReader otherOut = new java.io.BufferedReader(new java.io.InputStreamReader(
                other.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
            String line;
            while ((line = otherOut.readLine()) != null && !line.equals("LOCKED")) {
                assertThat(line).as("lock holder output").doesNotContain("Exception");
            }
            assertThat(line).isEqualTo("LOCKED");
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
            other.getOutputStream().write('\n');
            other.getOutputStream().flush();
            assertThat(otherOut.readLine()).isEqualTo("RELEASED");
            rec.flush().get(10, TimeUnit.SECONDS);
            assertThat(statuses.poll(10, TimeUnit.SECONDS).state()).isEqualTo(RecorderStatus.State.SAVING);
            assertThat(store.session(Sessions.id(9)).samples()).hasSize(20);
            assertThat(store.sessions()).hasSize(3);
        } finally {
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
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
        Path empty = dir.resolve("empty");
        Files.createDirectory(empty);
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            // Root is not stopped by permissions; without these capabilities it is, like anyone else.
            Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is needed");
            command.addAll(List.of("/usr/bin/setpriv", "--bounding-set",
                    "-dac_override,-dac_read_search,-fowner,-linux_immutable"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                KilledMidSessionTest.classPath(ReadOnlyChild.class, org.assertj.core.api.Assertions.class),
                ReadOnlyChild.class.getName(), dir.toString(), empty.toString(), T.toString()));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("r-x------"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        String out;
        int exit;
        try {
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            out = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            exit = child.exitValue();
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(exit).as(out).isZero();
        assertThat(out).contains("writable=false\n", "sessions=2\n", "first-intact=true\n")
                .containsPattern("notices=The history folder .* is read-only: past sessions can be read")
                .containsPattern("recorder=NOT_SAVING The history folder .* is read-only")
                .containsPattern("delete=refused .*read-only")
                .containsPattern("empty=The history .* cannot be created .*--data-dir");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("history.db", "empty");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (HistoryStore store = HistoryStore.open(dir, OPTIONS)) {
            assertThat(store.sessions()).hasSize(2);
        }
    }

    private static boolean isRoot() throws IOException {
        return "root".equals(System.getProperty("user.name"))
                || Files.getAttribute(Path.of("/proc/self"), "unix:uid").equals(0);
    }

}
