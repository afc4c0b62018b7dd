package org.breathpace.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.breathpace.routine.SessionEvent;
import org.breathpace.routine.SessionListener;
import org.breathpace.routine.SessionReport;
import org.breathpace.routine.StepKind;

/**
 * Saves a running session to history as it happens: listens to the session's events and hands
 * each one that history keeps to a {@link SessionRecorder} (check-in rate, rate samples, every
 * exercise as it finishes, pain reports once the person has chosen what to do, with the note as it
 * stands then, the end).
 *
 * <p><b>Thread contract.</b> A {@link SessionListener}: called on the thread that drives the
 * session. It never blocks or throws into the session; the recorder only enqueues for the history
 * writer thread.
 */
public final class SessionSaver implements SessionListener {
    private final Function<SessionStart, SessionRecorder> recorders;
    private final Instant startedAt;
    private final UUID id;
    private SessionRecorder recorder;
    private double startS;
    private SessionEvent.PainReported pendingPain;
    private String currentExercise;

    /**
     * @param history   where sessions are kept (an unavailable history saves nothing and says why)
     * @param startedAt the wall-clock time the session starts (session seconds map onto it)
     * @param listener  hears how saving stands (on the history writer thread)
     */
    public SessionSaver(History history, Instant startedAt, RecorderListener listener) {
        this(start -> history.startRecorder(start, listener), startedAt, UUID.randomUUID());
    }

    SessionSaver(Function<SessionStart, SessionRecorder> recorders, Instant startedAt, UUID id) {
        this.recorders = Objects.requireNonNull(recorders, "recorders");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.id = Objects.requireNonNull(id, "id");
    }

    /** The id the session is saved under. */
    public UUID id() {
        return id;
    }

    /** The recorder, once the session has started (for its status and {@code flush()}); null before. */
    public SessionRecorder recorder() {
        return recorder;
    }

    @Override
    public void onEvent(SessionEvent event) {
        if (event instanceof SessionEvent.Started e) {
            startS = e.atS();
            recorder = recorders.apply(new SessionStart(id, startedAt, e.routine(), e.pattern()));
            return;
        }
        if (recorder == null) {
            return;
        }
        if (event instanceof SessionEvent.StepStarted e) {
            currentExercise = e.step().kind() == StepKind.EXERCISE ? e.step().name() : null;
        } else if (event instanceof SessionEvent.RateChecked e && e.kind() == StepKind.CHECK_IN) {
            recorder.checkIn(plausible(e.breathsPerMin()));
        } else if (event instanceof SessionEvent.RateSampled e) {
            Double bpm = plausible(e.sample().breathsPerMin());
            if (bpm != null) {
                recorder.rate(offset(e.sample().atS()), bpm);
            }
        } else if (event instanceof SessionEvent.ExerciseFinished e) {
            var r = e.result();
            int sides = Math.max(1, Math.min(2, r.sides()));
            recorder.exercise(new ExerciseResult(r.name(), Math.min(r.plannedS(), 3_600), Math.min(r.doneS(), 3_600),
                    sides, Math.min(r.sidesDone(), sides), r.skipped(), r.eased()));
        } else if (event instanceof SessionEvent.PainReported e) {
            pendingPain = e;
        } else if (event instanceof SessionEvent.PainHandled e) {
            savePain(PainChoice.valueOf(e.choice().name()), e.note());
        } else if (event instanceof SessionEvent.Ended e) {
            savePain(PainChoice.END, null);
            SessionReport r = e.report();
            Instant end = startedAt.plus(Duration.ofMillis(Math.round(offset(e.atS()) * 1000)));
            recorder.finish(new SessionEnd(end, plausible(r.closingBpm()), Math.min(r.timeAtTargetS(), 86_400),
                    r.adherence().score().isPresent() ? r.adherence().score().getAsDouble() / 100 : null,
                    r.completed()));
        }
    }

    /** Saves the pending pain report with {@code choice}; {@code finalNote} (null: the report's own) is the note as it ended up. */
    private void savePain(PainChoice choice, String finalNote) {
        SessionEvent.PainReported p = pendingPain;
        if (p == null) {
            return;
        }
        pendingPain = null;
        String side = p.side() == 1 ? "left" : p.side() == 2 ? "right" : null;
        String exercise = p.stepName() != null && !p.stepName().isBlank() ? p.stepName()
                : currentExercise != null ? currentExercise : p.stepId();
        String note = finalNote != null ? finalNote : p.note() == null ? "" : p.note();
        recorder.pain(new PainReport(exercise, side, Math.min(offset(p.atS()), 86_400), choice,
                note.length() > 2_000 ? note.substring(0, 2_000) : note));
    }

    private double offset(double atS) {
        return Math.max(0, atS - startS);
    }

    /** History keeps rates of 1–60 breaths a minute; anything else is "not measured". */
    private static Double plausible(Double bpm) {
        return bpm == null || !(bpm >= 1 && bpm <= 60) ? null : bpm;
    }
}
