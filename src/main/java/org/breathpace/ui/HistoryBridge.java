package org.breathpace.ui;

import java.time.Instant;
import org.breathpace.history.ExerciseResult;
import org.breathpace.history.PainChoice;
import org.breathpace.history.PainReport;
import org.breathpace.history.SessionEnd;
import org.breathpace.history.SessionRecorder;
import org.breathpace.routine.SessionEvent;
import org.breathpace.routine.SessionListener;
import org.breathpace.routine.Exercise;
import org.breathpace.routine.Routine;

/**
 * Saves a running session to history as it happens: turns the session's events into the
 * {@link SessionRecorder}'s steps (check-in rate, rate samples, each exercise, each pain report
 * with the choice made, the end). A session that reaches its Ended event was finished or ended on
 * purpose, which history counts as completed; only one cut off by a crash is "interrupted" (the
 * store marks that itself). The recorder only queues, so this never blocks the FX thread.
 * Called on the thread that drives the session (the FX thread).
 */
public final class HistoryBridge implements SessionListener {
    private final SessionRecorder recorder;
    private final Routine routine;
    private final Instant startedAt;
    private double startS = Double.NaN;
    private SessionEvent.PainReported pending;

    public HistoryBridge(SessionRecorder recorder, Routine routine, Instant startedAt) {
        this.recorder = recorder;
        this.routine = routine;
        this.startedAt = startedAt;
    }

    @Override
    public void onEvent(SessionEvent e) {
        if (Double.isNaN(startS)) {
            startS = e.atS();
        }
        if (e instanceof SessionEvent.RateChecked c && c.kind() == org.breathpace.routine.StepKind.CHECK_IN) {
            recorder.checkIn(c.breathsPerMin() == null ? null : clampRate(c.breathsPerMin()));
        } else if (e instanceof SessionEvent.RateSampled r) {
            recorder.rate(Math.max(0, r.sample().atS() - startS), clampRate(r.sample().breathsPerMin()));
        } else if (e instanceof SessionEvent.ExerciseFinished f) {
            var r = f.result();
            recorder.exercise(new ExerciseResult(r.name(), Math.min(3600, r.plannedS()), Math.min(3600, r.doneS()),
                    r.sides(), r.sidesDone(), r.skipped(), r.eased()));
        } else if (e instanceof SessionEvent.PainReported p) {
            pending = p;
        } else if (e instanceof SessionEvent.PainHandled h && pending != null) {
            recorder.pain(new PainReport(pending.stepName(), side(pending.side(), pending.stepId()),
                    Math.max(0, pending.atS() - startS), PainChoice.valueOf(h.choice().name()), pending.note()));
            pending = null;
        } else if (e instanceof SessionEvent.Ended end) {
            var report = end.report();
            Double adherence = report.adherence().score().isPresent() ? report.adherence().score().getAsDouble() / 100 : null;
            recorder.finish(new SessionEnd(startedAt.plusMillis((long) (report.durationS() * 1000)),
                    report.closingBpm() == null ? null : clampRate(report.closingBpm()),
                    Math.min(86_400, report.timeAtTargetS()), adherence, true));
        }
    }

    private String side(int side, String stepId) {
        for (Exercise x : routine.exercises()) {
            if (x.id().equals(stepId) && x.sides() == 2) {
                return side == 1 ? "left" : side == 2 ? "right" : null;
            }
        }
        return null;
    }

    private static double clampRate(double bpm) {
        return Math.max(1, Math.min(60, bpm));
    }

    /** The recorder, for its status. */
    public SessionRecorder recorder() {
        return recorder;
    }
}
