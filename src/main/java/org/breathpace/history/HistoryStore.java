package org.breathpace.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.sqlite.SQLiteConfig;

/**
 * The session history: one SQLite file, {@code history.db}, in the data directory (folder mode
 * 700, file mode 600: the user's alone). WAL journal, so the history can be read while a session
 * is being written, and a process killed at any moment leaves every committed step intact.
 *
 * <p>Opening brings the schema up to date, marks sessions left unfinished by a process that died
 * as interrupted (keeping all they saved), and never overwrites or deletes a file it cannot use:
 * a damaged or foreign file is moved aside under a dated name and a new history started; a
 * read-only one is opened for reading. What happened is in {@link #notices()}.
 *
 * <p>Reads run on the calling thread (from any thread, one at a time); all writes go through one
 * writer thread and are returned as futures. Close the store when done.
 */
public final class HistoryStore implements AutoCloseable {
    /** The database's file name inside the data directory. */
    public static final String FILE_NAME = "history.db";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Connection reader;
    private final Connection writing;
    private final Writer writer;
    private final String readOnlyReason;
    private final List<String> notices;

    private HistoryStore(Path file, Connection reader, Connection writing, Writer writer, String readOnlyReason,
                         List<String> notices) {
        this.file = file;
        this.reader = reader;
        this.writing = writing;
        this.writer = writer;
        this.readOnlyReason = readOnlyReason;
        this.notices = Collections.unmodifiableList(notices);
    }

    /**
     * Opens (creating if needed) the history in {@code dataDir}.
     *
     * @throws HistoryException with one sentence when there is no history to read at all (the
     *                          folder cannot be created, or a damaged file cannot be moved aside)
     */
    public static HistoryStore open(Path dataDir, StoreOptions options) {
        List<String> notices = new ArrayList<>();
        Path dir = dataDir.toAbsolutePath().normalize();
        ensureDirectory(dir);
        Path file = dir.resolve(FILE_NAME);
        Path damageMark = damageMark(file);
        boolean fullCheck = Files.exists(damageMark);
        String problem = unusableFile(file, fullCheck);
        if (problem != null) {
            notices.add(moveAside(file, problem, options));
        }
        if (fullCheck) {
            try {
                Files.deleteIfExists(damageMark);
            } catch (IOException e) {
                // Read-only: the full check simply runs again next time.
            }
        }
        boolean created = ensureFile(file);
        Connection writing = null;
        String readOnly = null;
        try {
            writing = connect(file, options, true);
            int version = Schema.version(writing);
            if (version < 0) {
                throw new HistoryException(file + " changed while it was being opened; try again.");
            }
            if (version > Schema.CURRENT) {
                readOnly = file + " was written by a newer breathpace (schema " + version + ", this one knows "
                        + Schema.CURRENT + "); it is shown read-only and new sessions are not saved: update breathpace.";
                writing.close();
                writing = null;
            } else {
                Schema.bringUpToDate(writing, version);
                int recovered = recover(writing);
                if (recovered > 0) {
                    notices.add(recovered + (recovered == 1 ? " session" : " sessions") + " cut short last time"
                            + " (breathpace stopped mid-session) kept and marked interrupted.");
                }
                if (options.maxPageCount() > 0) {
                    try (Statement s = writing.createStatement()) {
                        s.execute("PRAGMA max_page_count = " + options.maxPageCount());
                    }
                }
            }
        } catch (SQLException e) {
            closeQuietly(writing);
            writing = null;
            Faults.Kind kind = Faults.kind(e);
            if (kind == Faults.Kind.READ_ONLY) {
                readOnly = "The history folder " + dir + " is read-only: past sessions can be read but new ones are"
                        + " not saved; make it writable or choose another folder with --data-dir.";
            } else if (kind == Faults.Kind.LOCKED) {
                readOnly = "The history " + file + " is locked by another program (is a second breathpace open?):"
                        + " it is shown read-only and this session is not saved; close the other one and retry.";
            } else {
                throw new HistoryException("The history " + file + " could not be opened (" + e.getMessage() + ").", e);
            }
        }
        if (readOnly != null) {
            notices.add(readOnly);
            if (created) {
                throw new HistoryException(readOnly);
            }
        }
        Connection reader;
        try {
            reader = readOnly == null ? connect(file, options, false) : connectReadOnly(file);
        } catch (SQLException e) {
            closeQuietly(writing);
            throw new HistoryException("The history " + file + " could not be read (" + e.getMessage() + ").", e);
        }
        Writer writer = writing == null ? null : new Writer(writing, file, options.retryInterval().toMillis());
        return new HistoryStore(file, reader, writing, writer, readOnly, notices);
    }

    /** Where the database is. */
    public Path file() {
        return file;
    }

    /** What opening found and did (moved a file aside, recovered sessions, read-only), one sentence each. */
    public List<String> notices() {
        return notices;
    }

    /** False when sessions cannot be saved (read-only folder, locked, newer schema); see {@link #notices()}. */
    public boolean writable() {
        return writer != null;
    }

    /** Every session, oldest first, without samples or exercises. */
    public synchronized List<SessionSummary> sessions() {
        try {
            return Rows.summaries(reader, "ORDER BY start_ms, uuid");
        } catch (SQLException e) {
            throw readFailed(e);
        } catch (IllegalArgumentException e) {
            throw nonsense(e);
        }
    }

    /** Number of sessions stored. */
    public synchronized int count() {
        try (Statement s = reader.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM sessions")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw readFailed(e);
        } catch (IllegalArgumentException e) {
            throw nonsense(e);
        }
    }

    /** The whole record of one session, or null if there is none with that id. */
    public synchronized SessionRecord session(UUID id) {
        try {
            return Rows.record(reader, id);
        } catch (SQLException e) {
            throw readFailed(e);
        } catch (IllegalArgumentException e) {
            throw nonsense(e);
        }
    }

    /** The last {@code count} sessions (by start), oldest first. */
    public synchronized List<SessionSummary> lastSessions(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
        try {
            List<SessionSummary> newest = Rows.summaries(reader, "ORDER BY start_ms DESC, uuid DESC LIMIT ?", count);
            Collections.reverse(newest);
            return newest;
        } catch (SQLException e) {
            throw readFailed(e);
        } catch (IllegalArgumentException e) {
            throw nonsense(e);
        }
    }

    /**
     * Every session in full, oldest first, read one at a time as the iteration reaches it (so an
     * export of years of sessions never holds them all in memory).
     */
    public Iterable<SessionRecord> allSessions() {
        List<SessionSummary> summaries = sessions();
        return () -> new java.util.Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < summaries.size();
            }

            @Override
            public SessionRecord next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                SessionRecord r = session(summaries.get(next++).id());
                if (r == null) {
                    throw new HistoryException("A session was deleted while the history was being read; try again.");
                }
                return r;
            }
        };
    }

    /**
     * The session whose id starts with {@code prefix} (at least 4 characters, as {@code history
     * list} shows them).
     *
     * @throws HistoryException when no session or more than one matches
     */
    public synchronized UUID find(String prefix) {
        String p = prefix.trim().toLowerCase(java.util.Locale.ROOT);
        if (p.length() < 4 || !p.matches("[0-9a-f-]+")) {
            throw new HistoryException("'" + prefix + "' is not a session id: give at least the first 4 characters"
                    + " shown by 'history list'.");
        }
        List<SessionSummary> found;
        try {
            found = Rows.summaries(reader, "WHERE uuid LIKE ? LIMIT 2", p + "%");
        } catch (SQLException e) {
            throw readFailed(e);
        } catch (IllegalArgumentException e) {
            throw nonsense(e);
        }
        if (found.isEmpty()) {
            throw new HistoryException("No saved session has the id '" + prefix + "'; 'history list' shows the ids.");
        }
        if (found.size() > 1) {
            throw new HistoryException("More than one session starts with '" + prefix + "'; give more of its id.");
        }
        return found.get(0).id();
    }

    /** Starts saving a new session as it happens. */
    public SessionRecorder startRecorder(SessionStart start, RecorderListener listener) {
        if (writer == null) {
            return SessionRecorder.unsaved(readOnlyReason, listener);
        }
        return new StoreRecorder(writer, start, listener);
    }

    /** Deletes one session and all it holds; completes with false if it was not there. */
    public CompletableFuture<Boolean> delete(UUID id) {
        return write(c -> Rows.delete(c, id));
    }

    /** Adds the sessions not already stored (by id) in one transaction; completes with how many were added. */
    public CompletableFuture<Integer> add(List<SessionRecord> records) {
        List<SessionRecord> copy = List.copyOf(records);
        return write(c -> {
            int added = 0;
            for (SessionRecord r : copy) {
                if (Rows.insertRecord(c, r)) {
                    added++;
                }
            }
            return added;
        });
    }

    private <T> CompletableFuture<T> write(Writer.SqlWork<T> work) {
        if (writer == null) {
            return CompletableFuture.failedFuture(new HistoryException(readOnlyReason));
        }
        return writer.submit(work).exceptionallyCompose(e -> {
            Throwable cause = e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
            String why = cause instanceof SQLException se ? Faults.savingProblem(se, file)
                    .replace("this session is kept in memory and saved as soon as it is free", "nothing was changed")
                    .replace("this session is kept in memory and saved once some space is freed", "nothing was changed")
                    : cause.getMessage();
            return CompletableFuture.failedFuture(new HistoryException(why, cause));
        });
    }

    /** Saves what is pending (one last try), stops the writer and closes the file. */
    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.stop(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            closeQuietly(reader);
        }
        closeQuietly(writing);
    }

    private HistoryException readFailed(SQLException e) {
        if (Faults.kind(e) == Faults.Kind.CORRUPT) {
            markDamaged(file);
            return new HistoryException("The history " + file + " is damaged (" + e.getMessage() + "); restart"
                    + " breathpace: it will be checked, moved aside whole and a new history started.", e);
        }
        return new HistoryException("The history " + file + " could not be read (" + e.getMessage() + ").", e);
    }

    private HistoryException nonsense(IllegalArgumentException e) {
        return new HistoryException("The history " + file + " holds a session that does not make sense (" + e.getMessage()
                + "); was the file edited by another program? Export what can be read or restore a backup.", e);
    }

    /** The empty file that asks the next open for a whole-file check (left when damage was met in use). */
    static Path damageMark(Path file) {
        return file.resolveSibling(file.getFileName() + ".check");
    }

    /** Asks the next open to check the whole file (damage was met while reading or writing). */
    static void markDamaged(Path file) {
        try {
            Files.write(damageMark(file), new byte[0]);
        } catch (IOException e) {
            // Cannot write here: the message already tells the user; the open check still covers the sessions.
        }
    }

    // ---- opening -----------------------------------------------------------------------------

    private static void ensureDirectory(Path dir) {
        Set<PosixFilePermission> own = PosixFilePermissions.fromString("rwx------");
        if (Files.isDirectory(dir)) {
            setPermissions(dir, own, false);
            return;
        }
        if (Files.exists(dir)) {
            throw new HistoryException("The data folder " + dir + " is a file, not a folder; choose another with"
                    + " --data-dir or BREATHPACE_HOME.");
        }
        try {
            Files.createDirectories(dir);
            setPermissions(dir, own);
        } catch (IOException | SecurityException e) {
            throw new HistoryException("The data folder " + dir + " cannot be created (" + e.getMessage()
                    + "); choose a writable one with --data-dir or BREATHPACE_HOME.", e);
        }
    }

    /** Creates an empty database file readable by the user alone; true if it was created now. */
    private static boolean ensureFile(Path file) {
        Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-------");
        try {
            if (Files.exists(file)) {
                setPermissions(file, own, false);
                return false;
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(own));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            setPermissions(file, own); // the umask may have narrowed or the attribute been ignored
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new HistoryException("The history " + file + " cannot be created (" + e.getMessage()
                    + "); make the folder writable or choose another with --data-dir.", e);
        }
    }

    /** Sets {@code perms} on something just created; on what already existed only takes group and others' rights away. */
    private static void setPermissions(Path p, Set<PosixFilePermission> perms) {
        setPermissions(p, perms, true);
    }

    private static void setPermissions(Path p, Set<PosixFilePermission> perms, boolean created) {
        try {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(p);
            Set<PosixFilePermission> want = EnumSet.copyOf(perms);
            if (!created) {
                // Never give the owner a right they took away (a folder made read-only on purpose stays so).
                want = EnumSet.noneOf(PosixFilePermission.class);
                for (PosixFilePermission x : now) {
                    if (x.name().startsWith("OWNER_")) {
                        want.add(x);
                    }
                }
            }
            if (!now.equals(want)) {
                Files.setPosixFilePermissions(p, want);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or not ours to change: leave it as it is.
        }
    }

    /** Why an existing file is not a usable breathpace history ("corrupt"/"foreign" + reason), or null. */
    static String unusableFile(Path file, boolean wholeFile) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return null;
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                return "foreign: it is not an SQLite database";
            }
        } catch (IOException e) {
            return null; // unreadable: opening will say so
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            int version = Schema.version(c);
            int app = Schema.applicationId(c);
            if (version < 0 || (app != 0 && app != Schema.APPLICATION_ID)) {
                return "foreign: it is an SQLite database of another program";
            }
            if (version == 0) {
                return null;
            }
            // Normally the sessions table and its indexes (what the list and trends read), not the samples:
            // a whole-file quick_check costs 0.3–0.9 s on ten years of history, this one about 10–20 ms.
            // Damage met later, in use, leaves a mark that asks for the whole file to be checked.
            String check = wholeFile ? "PRAGMA quick_check" : "PRAGMA quick_check(sessions)";
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(check)) {
                String first = r.next() ? r.getString(1) : "ok";
                if (!"ok".equals(first)) {
                    return "corrupt: " + first;
                }
            }
            return null;
        } catch (SQLException e) {
            return Faults.kind(e) == Faults.Kind.CORRUPT ? "corrupt: " + e.getMessage() : null;
        }
    }

    /** Renames the file (and its -wal/-shm) to a dated name beside it; returns the notice. */
    private static String moveAside(Path file, String problem, StoreOptions options) {
        String kind = problem.substring(0, problem.indexOf(':'));
        String why = problem.substring(problem.indexOf(':') + 1).trim();
        String stamp = ASIDE_STAMP.format(options.clock().instant());
        Path target = file.resolveSibling(file.getFileName() + "." + kind + "-" + stamp);
        for (int i = 2; Files.exists(target); i++) {
            target = file.resolveSibling(file.getFileName() + "." + kind + "-" + stamp + "-" + i);
        }
        try {
            Files.move(file, target);
            for (String side : List.of("-wal", "-shm")) {
                Path s = file.resolveSibling(file.getFileName() + side);
                if (Files.exists(s)) {
                    Files.move(s, target.resolveSibling(target.getFileName() + side));
                }
            }
        } catch (IOException e) {
            throw new HistoryException(file + " cannot be used (" + why + ") and could not be moved aside ("
                    + e.getMessage() + "); it was left untouched: move it elsewhere yourself, or choose another"
                    + " folder with --data-dir.", e);
        }
        return file + " could not be used (" + why + "), so it was moved aside to " + target.getFileName()
                + " (nothing deleted) and a new history was started.";
    }

    private static Connection connect(Path file, StoreOptions options, boolean forWriting) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) options.busyTimeout().toMillis());
        if (forWriting) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        if (!forWriting) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            }
        }
        return c;
    }

    private static Connection connectReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM sessions")) {
                r.next();
            }
            return c;
        } catch (SQLException e) {
            // A WAL database in a folder we cannot write: read the file as it is on disk.
            return DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1", config.toProperties());
        }
    }

    private static int recover(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("UPDATE sessions SET outcome = 'interrupted', end_ms = max(end_ms,"
                    + " start_ms + CAST(round(saved_s * 1000) AS INTEGER)) WHERE outcome = 'in_progress'");
        } catch (SQLException e) {
            if (Faults.kind(e) == Faults.Kind.LOCKED) {
                return 0; // another breathpace is writing; it will be recovered next time
            }
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing is best effort.
            }
        }
    }
}
