package org.breathpace.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database's shape and how it grows. Version 1 is the first schema ever shipped; each later
 * version is one migration, run in order inside a transaction when a store opens, so a database
 * of any earlier version is brought forward without losing a row. Never edit a shipped migration:
 * add the next one.
 */
final class Schema {
    /** "BrPc": marks the file as breathpace's, so a foreign SQLite file is told apart. */
    static final int APPLICATION_ID = 0x42725063;

    /** Version 1: sessions, their breath-rate samples, exercises and pain reports. */
    static final List<String> V1 = List.of(
            "CREATE TABLE schema_version (version INTEGER NOT NULL)",
            "INSERT INTO schema_version (version) VALUES (1)",
            "CREATE TABLE sessions (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, start_ms INTEGER NOT NULL,"
                    + " end_ms INTEGER NOT NULL, routine TEXT NOT NULL, pattern TEXT NOT NULL, resting_bpm REAL,"
                    + " closing_bpm REAL, target_s REAL NOT NULL DEFAULT 0, adherence REAL, outcome TEXT NOT NULL)",
            "CREATE TABLE rate_samples (session INTEGER NOT NULL, offset_s REAL NOT NULL, bpm REAL NOT NULL)",
            "CREATE TABLE exercises (session INTEGER NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL,"
                    + " planned_s REAL NOT NULL, done_s REAL NOT NULL, sides_planned INTEGER NOT NULL,"
                    + " sides_done INTEGER NOT NULL, skipped INTEGER NOT NULL, eased INTEGER NOT NULL,"
                    + " PRIMARY KEY (session, seq))",
            "CREATE TABLE pains (session INTEGER NOT NULL, seq INTEGER NOT NULL, exercise TEXT NOT NULL, side TEXT,"
                    + " at_s REAL NOT NULL, choice TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (session, seq))");

    /**
     * Migrations: entry i takes version i+1 to i+2. Version 2 adds {@code saved_s} (how far into
     * the session the last save reached, so an interrupted session keeps its true length; filled
     * from end − start for older rows) and the indexes the history view needs on years of data.
     */
    static final List<List<String>> MIGRATIONS = List.of(List.of(
            "ALTER TABLE sessions ADD COLUMN saved_s REAL NOT NULL DEFAULT 0",
            "UPDATE sessions SET saved_s = (end_ms - start_ms) / 1000.0",
            "CREATE INDEX sessions_by_start ON sessions (start_ms)",
            "CREATE INDEX rate_samples_by_session ON rate_samples (session, offset_s)"));

    /** The version this build writes. */
    static final int CURRENT = 1 + MIGRATIONS.size();

    private Schema() {
    }

    /** The schema version, 0 for an empty database (no tables at all), -1 for tables but none of ours. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int tables;
            boolean ours;
            try (ResultSet r = s.executeQuery("SELECT count(*), sum(name = 'schema_version') FROM sqlite_master"
                    + " WHERE type = 'table'")) {
                r.next();
                tables = r.getInt(1);
                ours = r.getInt(2) > 0;
            }
            if (tables == 0) {
                return 0;
            }
            if (!ours) {
                return -1;
            }
            try (ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
                return r.next() ? r.getInt(1) : -1;
            }
        }
    }

    /** The file's application id (0 when never set). */
    static int applicationId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA application_id")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /**
     * Creates or migrates to {@link #CURRENT} in one transaction; from {@code from} (0 = empty).
     * Returns the number of migrations run.
     */
    static int bringUpToDate(Connection c, int from) throws SQLException {
        if (from >= CURRENT) {
            return 0;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            int version = from;
            if (version == 0) {
                for (String sql : V1) {
                    s.execute(sql);
                }
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                version = 1;
            }
            int ran = 0;
            while (version < CURRENT) {
                for (String sql : MIGRATIONS.get(version - 1)) {
                    s.execute(sql);
                }
                version++;
                ran++;
                s.execute("UPDATE schema_version SET version = " + version);
            }
            c.commit();
            return ran;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
