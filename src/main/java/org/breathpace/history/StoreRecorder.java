package org.breathpace.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link SessionRecorder} that hands its steps to the store's {@link Writer}. */
final class StoreRecorder implements SessionRecorder {
    private final Writer writer;
    private final SessionStart start;
    private final RecorderListener listener;
    private final AtomicInteger exerciseSeq = new AtomicInteger();
    private final AtomicInteger painSeq = new AtomicInteger();
    private volatile boolean finishing;
    private volatile RecorderStatus status = RecorderStatus.SAVING_OK;

    // Writer-thread state.
    private long row = -1;
    private double progressS;
    private boolean finished;

    StoreRecorder(Writer writer, SessionStart start, RecorderListener listener) {
        this.writer = writer;
        this.start = start;
        this.listener = listener;
        step(this::begin);
    }

    private Void begin(Connection c) throws SQLException {
        SessionSummary s = new SessionSummary(start.id(), start.start(), start.start(), start.routine(),
                start.pattern(), null, null, 0, null, SessionOutcome.IN_PROGRESS);
        row = Rows.insertSession(c, s, 0);
        return null;
    }

    @Override
    public void checkIn(Double restingRate) {
        Checks.nullableInRange("restingRate", restingRate, 1, 60);
        step(c -> update(c, "UPDATE sessions SET resting_bpm = ? WHERE id = ?", restingRate));
    }

    @Override
    public void rate(double offsetS, double breathsPerMin) {
        RateSample sample = new RateSample(offsetS, breathsPerMin);
        step(c -> {
            Rows.insertSamples(c, row, List.of(sample));
            progressS = Math.max(progressS, sample.offsetS());
            return null;
        });
    }

    @Override
    public void exercise(ExerciseResult result) {
        Checks.present("result", result);
        int seq = exerciseSeq.getAndIncrement();
        step(c -> {
            Rows.insertExercise(c, row, seq, result);
            return null;
        });
    }

    @Override
    public void pain(PainReport report) {
        Checks.present("report", report);
        int seq = painSeq.getAndIncrement();
        step(c -> {
            Rows.insertPain(c, row, seq, report);
            progressS = Math.max(progressS, report.atS());
            return null;
        });
    }

    @Override
    public void finish(SessionEnd end) {
        Checks.present("end", end);
        if (end.end().isBefore(start.start())) {
            throw new IllegalArgumentException("the end " + end.end() + " is before the start " + start.start());
        }
        step(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE sessions SET end_ms = ?, closing_bpm = ?,"
                    + " target_s = ?, adherence = ?, outcome = ?, saved_s = ? WHERE id = ?")) {
                p.setLong(1, end.end().toEpochMilli());
                p.setObject(2, end.closingRate());
                p.setDouble(3, end.timeAtTargetS());
                p.setObject(4, end.adherence());
                p.setString(5, (end.completed() ? SessionOutcome.COMPLETED : SessionOutcome.INTERRUPTED).word());
                p.setDouble(6, (end.end().toEpochMilli() - start.start().toEpochMilli()) / 1000.0);
                p.setLong(7, row);
                p.executeUpdate();
            }
            finished = true;
            return null;
        });
        finishing = true;
    }

    @Override
    public CompletableFuture<Void> flush() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        writer.enqueue(new Writer.Step(this, c -> null, done));
        return done;
    }

    @Override
    public RecorderStatus status() {
        return status;
    }

    private void step(Writer.SqlWork<?> work) {
        if (finishing) {
            return;
        }
        writer.enqueue(new Writer.Step(this, c -> {
            if (row < 0) {
                row = Rows.rowId(c, start.id());
            }
            return work.run(c);
        }, null));
    }

    private Void update(Connection c, String sql, Double value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, value);
            p.setLong(2, row);
            p.executeUpdate();
        }
        return null;
    }

    /** Writer thread, inside the batch's transaction: how far the session got, still in progress. */
    void touch(Connection c) throws SQLException {
        if (finished || row < 0) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE sessions SET saved_s = max(saved_s, ?),"
                + " end_ms = max(end_ms, start_ms + ?), outcome = 'in_progress' WHERE id = ?")) {
            p.setDouble(1, progressS);
            p.setLong(2, Math.round(progressS * 1000));
            p.setLong(3, row);
            p.executeUpdate();
        }
    }

    /** Writer thread: the last batch is on disk. */
    void saved() {
        set(finished ? new RecorderStatus(RecorderStatus.State.FINISHED, "", 0) : RecorderStatus.SAVING_OK);
    }

    /** Writer thread: the last batch failed and is held in memory. */
    void failed(String message, int unsaved) {
        set(new RecorderStatus(RecorderStatus.State.NOT_SAVING, message, unsaved));
    }

    private void set(RecorderStatus s) {
        RecorderStatus old = status;
        status = s;
        if (old.state() != s.state() || !old.message().equals(s.message())) {
            try {
                listener.statusChanged(s);
            } catch (RuntimeException ignored) {
                // A listener must not throw; if it does, saving goes on regardless.
            }
        }
    }
}
