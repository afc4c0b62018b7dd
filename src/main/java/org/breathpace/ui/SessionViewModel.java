package org.breathpace.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.breathpace.audio.SourceStatus;
import org.breathpace.breath.BreathEvent;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.SignalQuality;
import org.breathpace.pacing.AdherenceSummary;
import org.breathpace.pacing.Pacer;
import org.breathpace.pacing.PacerPhase;
import org.breathpace.pacing.PacerState;
import org.breathpace.routine.ExerciseResult;
import org.breathpace.routine.PainChoice;
import org.breathpace.routine.Routine;
import org.breathpace.routine.Session;
import org.breathpace.routine.SessionEvent;
import org.breathpace.routine.SessionListener;
import org.breathpace.routine.SessionReport;
import org.breathpace.routine.SessionView;
import org.breathpace.routine.Step;
import org.breathpace.routine.StepKind;

/**
 * The session screen's state, over the {@code routine} package's {@link Session}: pacer, live
 * breath, the routine as a sequence, pain and the end. Time is passed in ({@link #tick}, session
 * seconds since start); detector events come from the {@link BreathFeed} once per frame and are
 * moved from stream time to session time before the session hears them. FX thread only.
 */
public final class SessionViewModel {
    /** Seconds of breath shown on the trace. */
    static final double TRACE_S = 30;

    private final Session session;
    private final boolean breathDetection;
    private final Routine routine;
    private final Pacer exercisePacer;
    private final BreathTrace trace = new BreathTrace(TRACE_S);
    private final PacerTrack pacerTrack = new PacerTrack(4096);
    private final LevelTrace levels;

    private final ReadOnlyStringWrapper phaseWord = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phaseSecondsLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fullness = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<PacerPhase> pacerPhase = new ReadOnlyObjectWrapper<>(PacerPhase.INHALE);
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper targetText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper adherenceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<QualityLight> quality = new ReadOnlyObjectWrapper<>(QualityLight.OFF);
    private final ReadOnlyStringWrapper qualityAdvice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepInstructions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepCue = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepCountdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sideText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLeftText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper painFlags = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper painAdvice = new ReadOnlyStringWrapper("");
    private final StringProperty painNote = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper painOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SessionReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StepRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StepRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StepOutcome[] outcomes;

    private double now;
    private double streamOffset = Double.NaN;
    private double heardAt;
    private boolean rowsDirty = true;
    private boolean noMicrophone;

    /**
     * @param routine         what to run
     * @param breathDetection whether breath events will come (false: a timed pacer)
     * @param restingBpm      a resting rate measured just before (the window's check-in), which
     *                        stands for the session's own check-in; null to run that check-in
     * @param startedAt       wall-clock start, for history
     * @param also            hears every session event too (history, tones); FX thread
     * @param levels          the input level for the trace, or null without an input
     */
    public SessionViewModel(Routine routine, boolean breathDetection, Double restingBpm, Instant startedAt,
                            SessionListener also, LevelTrace levels) {
        this.routine = routine;
        this.breathDetection = breathDetection;
        this.levels = levels;
        this.exercisePacer = new Pacer(routine.breathing().pattern());
        this.session = new Session(routine, breathDetection, SessionListener.all(this::onSessionEvent, also));
        if (restingBpm != null) {
            session.restingRateMeasured(restingBpm);
        }
        this.outcomes = new StepOutcome[session.steps().size()];
        java.util.Arrays.fill(outcomes, StepOutcome.UPCOMING);
        targetText.set(String.format(Locale.ROOT, "target %.1f", routine.breathing().pattern().breathsPerMin()));
        adherenceText.set(breathDetection ? "Following the pacer: not judged yet" : "Following the pacer: unknown (no microphone)");
        session.start(0, startedAt);
        tick(0);
    }

    /** Says once that there is no microphone and the session runs as a timed pacer. */
    public void noMicrophone(String why) {
        noMicrophone = true;
        notice.set(why + " The session runs as a timed pacer: breath rate and following are not measured.");
        quality.set(QualityLight.OFF);
    }

    /** Saving to history has a problem (one sentence from the store); the session goes on. */
    public void savingProblem(String message) {
        notice.set(message);
    }

    /**
     * Takes one item from the {@link BreathFeed}. Stream times become session times with an offset
     * fixed by the first event of each stream (a new stream starts with its STARTED status).
     */
    public void accept(Object event) {
        if (event instanceof SourceStatus s) {
            if (s.status() == SourceStatus.Kind.STARTED) {
                trace.closeOpen(heardAt);
                streamOffset = now - s.emittedS();
            }
            stream(s.emittedS());
            switch (s.status()) {
                case INPUT_LOST, MUTED, STALLED -> notice.set(s.message() + " The pacer carries on by time.");
                case RESUMED, STARTED -> notice.set("");
                case STOPPED -> trace.closeOpen(heardAt);
                default -> { }
            }
            return;
        }
        if (!(event instanceof BreathEvent b)) {
            return;
        }
        stream(b.emittedS());
        BreathEvent e = EventShift.by(b, streamOffset);
        if (e == null) {
            return;
        }
        if (e instanceof PhaseStarted p) {
            trace.started(p.phase(), p.startS());
        } else if (e instanceof PhaseEnded p) {
            trace.ended(p.phase(), p.startS(), p.endS());
        } else if (e instanceof SignalQuality q) {
            quality.set(QualityLight.of(q));
            qualityAdvice.set(q.warnings().isEmpty() ? "" : q.warnings().get(0).advice());
        }
        session.onBreath(e);
    }

    private void stream(double emittedS) {
        if (Double.isNaN(streamOffset)) {
            streamOffset = now - emittedS;
        }
        heardAt = Math.max(heardAt, emittedS + streamOffset);
    }

    private void onSessionEvent(SessionEvent e) {
        if (Boolean.getBoolean("breathpace.debugSession")) {
            System.err.println(e);
        }
        if (e instanceof SessionEvent.StepStarted s) {
            outcomes[s.index()] = StepOutcome.CURRENT;
            for (int i = s.index() + 1; i < outcomes.length; i++) {
                outcomes[i] = StepOutcome.UPCOMING;
            }
            rowsDirty = true;
        } else if (e instanceof SessionEvent.StepSkipped s) {
            mark(s.stepId(), StepOutcome.SKIPPED);
        } else if (e instanceof SessionEvent.ExerciseFinished f) {
            ExerciseResult r = f.result();
            mark(r.id(), r.skipped() ? StepOutcome.SKIPPED : r.eased() ? StepOutcome.EASED : StepOutcome.DONE);
        } else if (e instanceof SessionEvent.RateChecked c) {
            markKind(c.kind(), StepOutcome.DONE);
            notice.set(noMicrophone ? notice.get() : c.message());
        } else if (e instanceof SessionEvent.AdherenceJudged a && breathDetection) {
            adherenceText.set(adherence(a.block()));
        } else if (e instanceof SessionEvent.BreathReminder r) {
            notice.set(r.message());
        } else if (e instanceof SessionEvent.PainReported p) {
            painFlags.set("Stop now if you feel " + String.join(", ", p.redFlags()) + ".");
            painAdvice.set(p.advice());
        } else if (e instanceof SessionEvent.PainHandled h) {
            notice.set(h.message());
        } else if (e instanceof SessionEvent.Ended end) {
            for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i] == StepOutcome.CURRENT) {
                    Step s = session.steps().get(i);
                    outcomes[i] = s.kind() == StepKind.EXERCISE || !end.report().completed() ? StepOutcome.SKIPPED : StepOutcome.DONE;
                }
            }
            rowsDirty = true;
            report.set(end.report());
        }
    }

    private void mark(String id, StepOutcome o) {
        List<Step> steps = session.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(id)) {
                outcomes[i] = o;
                rowsDirty = true;
            }
        }
    }

    private void markKind(StepKind kind, StepOutcome o) {
        List<Step> steps = session.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == kind) {
                outcomes[i] = o;
                rowsDirty = true;
            }
        }
    }

    private static String adherence(AdherenceSummary a) {
        return a.score().isPresent()
                ? String.format(Locale.ROOT, "Following the pacer: %.0f %% of %d breaths", a.score().getAsDouble(), a.heardCycles())
                : "Following the pacer: no breaths heard yet";
    }

    /** Moves everything on to session time {@code nowS} (seconds, never backwards). */
    public void tick(double nowS) {
        now = Math.max(now, nowS);
        session.tick(now);
        SessionView v = session.view();
        boolean over = v.status() == Session.Status.FINISHED;
        Step step = v.step();
        PacerState p = v.pacer();
        if (p != null) {
            phaseWord.set(v.status() == Session.Status.PAUSED ? "Paused" : p.phase().words());
            phaseSecondsLeft.set(String.valueOf((long) Math.ceil(p.secondsLeft() - 1e-9)));
        } else {
            p = exercisePacer.at(now);
            String word = step == null || over ? "Done"
                    : step.kind() == StepKind.EXERCISE ? (v.stage() == null ? "Move" : switch (v.stage()) {
                        case "switch" -> "Switch sides";
                        case "rest" -> "Rest";
                        default -> "Move";
                    })
                    : "Breathe normally";
            phaseWord.set(v.status() == Session.Status.PAUSED ? "Paused" : word);
            phaseSecondsLeft.set(step != null && step.kind() == StepKind.EXERCISE && !over
                    ? String.valueOf((long) Math.ceil(v.stageLeftS() - 1e-9)) : "");
        }
        boolean checking = v.pacer() == null && (step == null || step.kind() != StepKind.EXERCISE);
        // While the rate is checked nothing is led: a still, half-full shape and a grey strip.
        pacerPhase.set(checking ? PacerPhase.HOLD_OUT : p.phase());
        fullness.set(checking ? 0.5 : p.fullness());
        pacerTrack.add(now, checking ? PacerPhase.HOLD_OUT : p.phase());
        trace.trim(now);
        rateText.set(noMicrophone || v.breathsPerMin() == null ? "–" : Format.rate(v.breathsPerMin()));
        paused.set(v.status() == Session.Status.PAUSED);
        painOpen.set(v.status() == Session.Status.PAIN);
        double left = 0;
        if (step != null && !over) {
            left = v.stepLeftS();
            for (int i = v.index() + 1; i < v.steps(); i++) {
                left += session.steps().get(i).plannedS();
            }
        }
        timeLeftText.set(Format.minSec(left) + " left");
        if (rowsDirty) {
            refreshRows();
        }
        if (over) {
            if (!ended.get()) {
                stepTitle.set("Session complete");
                stepInstructions.set("");
                stepCue.set("");
                stepCountdown.set("0:00");
                sideText.set("");
                nextText.set("");
                ended.set(true);
            }
            return;
        }
        if (step != null) {
            stepTitle.set(step.name() + (v.eased() ? " (eased)" : ""));
            stepInstructions.set(step.exercise() != null ? step.exercise().instructions()
                    : step.kind() == StepKind.BREATHING ? "Sit tall, one hand on your belly: let it rise as you breathe in and fall as you breathe out."
                    : "Sit comfortably and breathe as you normally do while breathpace listens.");
            stepCue.set(step.exercise() != null ? step.exercise().breathingCue()
                    : step.kind() == StepKind.BREATHING ? "Follow the circle: in through the nose, a long slow breath out." : "");
            String reps = v.reps() > 0 ? String.format(Locale.ROOT, " · rep %d of %d", Math.min(v.rep() + 1, v.reps()), v.reps()) : "";
            stepCountdown.set(Format.minSec(v.stepLeftS()));
            sideText.set((v.sides() == 2 ? (v.side() == 1 ? "Left side" : "Right side") : "") + reps);
            nextText.set(v.next() == null ? "Next: the summary" : "Next: " + v.next());
        }
    }

    private void refreshRows() {
        List<StepRow> list = new ArrayList<>();
        List<Step> steps = session.steps();
        for (int i = 0; i < steps.size(); i++) {
            list.add(new StepRow(steps.get(i).name(), outcomes[i], Format.minSec(steps.get(i).plannedS())));
        }
        rows.setAll(list);
        rowsDirty = false;
    }

    // --- controls: keys and buttons call these; each acts at the last ticked time ---

    public void togglePause() {
        if (!session.pause(now)) {
            session.resume(now);
        }
        tick(now);
    }

    public void skip() {
        session.skip(now);
        tick(now);
    }

    public void back() {
        session.back(now);
        tick(now);
    }

    /** Reports pain; the note field starts empty and is taken with the choice. */
    public void pain() {
        if (session.reportPain(now, "")) {
            painNote.set("");
        }
        tick(now);
    }

    /** The choice after pain, with what the person wrote in {@link #painNoteProperty()} as the report's note. */
    public void painChoice(PainChoice choice) {
        session.painChoice(now, choice, painNote.get());
        tick(now);
    }

    public void end() {
        session.end(now);
        tick(now);
    }

    // --- read-only state ---

    public double now() {
        return now;
    }

    public Routine routine() {
        return routine;
    }

    public BreathTrace trace() {
        return trace;
    }

    public PacerTrack pacerTrack() {
        return pacerTrack;
    }

    /** The input level for the trace, or null. */
    public LevelTrace levels() {
        return levels;
    }

    /** Adds to stream times to get session times; NaN before anything was heard. */
    public double streamOffset() {
        return streamOffset;
    }

    /** Session time of the newest audio heard: where an open phase ends on the trace. */
    public double heardAt() {
        return heardAt;
    }

    public ReadOnlyStringProperty phaseWordProperty() {
        return phaseWord.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseSecondsLeftProperty() {
        return phaseSecondsLeft.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fullnessProperty() {
        return fullness.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PacerPhase> pacerPhaseProperty() {
        return pacerPhase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateTextProperty() {
        return rateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetTextProperty() {
        return targetText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty adherenceTextProperty() {
        return adherenceText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QualityLight> qualityProperty() {
        return quality.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty qualityAdviceProperty() {
        return qualityAdvice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTitleProperty() {
        return stepTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepInstructionsProperty() {
        return stepInstructions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepCueProperty() {
        return stepCue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepCountdownProperty() {
        return stepCountdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sideTextProperty() {
        return sideText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextTextProperty() {
        return nextText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftTextProperty() {
        return timeLeftText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The session's red flags, while a pain report waits for a choice. */
    public ReadOnlyStringProperty painFlagsProperty() {
        return painFlags.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty painAdviceProperty() {
        return painAdvice.getReadOnlyProperty();
    }

    /** The person's own words about the pain, written while the question is open (optional). */
    public StringProperty painNoteProperty() {
        return painNote;
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty painOpenProperty() {
        return painOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    /** Set once, when the session ends. */
    public ReadOnlyObjectProperty<SessionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<StepRow> rows() {
        return rowsView;
    }
}
