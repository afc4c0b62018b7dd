package org.breathpace.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The SQL that turns records into rows and back. Every method runs on the caller's connection. */
final class Rows {
    static final String SUMMARY_COLUMNS =
            "uuid, start_ms, end_ms, routine, pattern, resting_bpm, closing_bpm, target_s, adherence, outcome";

    private Rows() {
    }

    /** Inserts the session row if absent; returns its row id. */
    static long insertSession(Connection c, SessionSummary s, double savedS) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO sessions (" + SUMMARY_COLUMNS
                + ", saved_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.id().toString());
            p.setLong(2, s.start().toEpochMilli());
            p.setLong(3, s.end().toEpochMilli());
            p.setString(4, s.routine());
            p.setString(5, s.pattern());
            setNullable(p, 6, s.restingRate());
            setNullable(p, 7, s.closingRate());
            p.setDouble(8, s.timeAtTargetS());
            setNullable(p, 9, s.adherence());
            p.setString(10, s.outcome().word());
            p.setDouble(11, savedS);
            p.executeUpdate();
        }
        return rowId(c, s.id());
    }

    /** The row id of a session, or -1. */
    static long rowId(Connection c, UUID id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM sessions WHERE uuid = ?")) {
            p.setString(1, id.toString());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }

    static void insertSamples(Connection c, long session, List<RateSample> samples) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO rate_samples (session, offset_s, bpm) VALUES (?, ?, ?)")) {
            for (RateSample s : samples) {
                p.setLong(1, session);
                p.setDouble(2, s.offsetS());
                p.setDouble(3, s.breathsPerMin());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    static void insertExercise(Connection c, long session, int seq, ExerciseResult e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO exercises (session, seq, name,"
                + " planned_s, done_s, sides_planned, sides_done, skipped, eased) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, session);
            p.setInt(2, seq);
            p.setString(3, e.exercise());
            p.setDouble(4, e.plannedS());
            p.setDouble(5, e.doneS());
            p.setInt(6, e.sidesPlanned());
            p.setInt(7, e.sidesDone());
            p.setInt(8, e.skipped() ? 1 : 0);
            p.setInt(9, e.eased() ? 1 : 0);
            p.executeUpdate();
        }
    }

    static void insertPain(Connection c, long session, int seq, PainReport r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO pains (session, seq, exercise, side,"
                + " at_s, choice, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, session);
            p.setInt(2, seq);
            p.setString(3, r.exercise());
            p.setString(4, r.side());
            p.setDouble(5, r.atS());
            p.setString(6, r.choice().word());
            p.setString(7, r.note());
            p.executeUpdate();
        }
    }

    /** Inserts a whole record; false (and nothing written) if a session with its id is already stored. */
    static boolean insertRecord(Connection c, SessionRecord r) throws SQLException {
        if (rowId(c, r.summary().id()) >= 0) {
            return false;
        }
        double savedS = r.summary().duration().toMillis() / 1000.0;
        long id = insertSession(c, r.summary(), savedS);
        insertSamples(c, id, r.samples());
        for (int i = 0; i < r.exercises().size(); i++) {
            insertExercise(c, id, i, r.exercises().get(i));
        }
        for (int i = 0; i < r.pains().size(); i++) {
            insertPain(c, id, i, r.pains().get(i));
        }
        return true;
    }

    /** Deletes a session and everything it holds; false if absent. */
    static boolean delete(Connection c, UUID id) throws SQLException {
        long row = rowId(c, id);
        if (row < 0) {
            return false;
        }
        for (String table : List.of("rate_samples", "exercises", "pains")) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE session = ?")) {
                p.setLong(1, row);
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM sessions WHERE id = ?")) {
            p.setLong(1, row);
            p.executeUpdate();
        }
        return true;
    }

    static List<SessionSummary> summaries(Connection c, String where, Object... args) throws SQLException {
        List<SessionSummary> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM sessions " + where)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(summary(r));
                }
            }
        }
        return out;
    }

    static SessionSummary summary(ResultSet r) throws SQLException {
        return new SessionSummary(UUID.fromString(r.getString(1)), Instant.ofEpochMilli(r.getLong(2)),
                Instant.ofEpochMilli(r.getLong(3)), r.getString(4), r.getString(5), nullable(r, 6), nullable(r, 7),
                r.getDouble(8), nullable(r, 9), SessionOutcome.ofWord(r.getString(10)));
    }

    /** The whole record of a stored session, or null. */
    static SessionRecord record(Connection c, UUID id) throws SQLException {
        List<SessionSummary> s = summaries(c, "WHERE uuid = ?", id.toString());
        if (s.isEmpty()) {
            return null;
        }
        long row = rowId(c, id);
        List<RateSample> samples = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT offset_s, bpm FROM rate_samples WHERE session = ? ORDER BY offset_s")) {
            p.setLong(1, row);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    samples.add(new RateSample(r.getDouble(1), r.getDouble(2)));
                }
            }
        }
        List<ExerciseResult> exercises = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT name, planned_s, done_s, sides_planned, sides_done,"
                + " skipped, eased FROM exercises WHERE session = ? ORDER BY seq")) {
            p.setLong(1, row);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    exercises.add(new ExerciseResult(r.getString(1), r.getDouble(2), r.getDouble(3), r.getInt(4),
                            r.getInt(5), r.getInt(6) != 0, r.getInt(7) != 0));
                }
            }
        }
        List<PainReport> pains = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT exercise, side, at_s, choice, note FROM pains WHERE session = ? ORDER BY seq")) {
            p.setLong(1, row);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    pains.add(new PainReport(r.getString(1), r.getString(2), r.getDouble(3),
                            PainChoice.ofWord(r.getString(4)), r.getString(5)));
                }
            }
        }
        return new SessionRecord(s.get(0), samples, exercises, pains);
    }

    private static void setNullable(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.REAL);
        } else {
            p.setDouble(i, v);
        }
    }

    private static Double nullable(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? null : v;
    }
}
