package org.breathpace.routine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.breathpace.breath.BreathEvent;
import org.breathpace.breath.Phase;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.pacing.AdherenceSummary;
import org.breathpace.pacing.AdherenceTracker;
import org.breathpace.pacing.CycleAdherence;
import org.breathpace.pacing.GlidePacer;
import org.breathpace.pacing.PacedCycle;
import org.breathpace.pacing.PacerPhase;
import org.breathpace.pacing.PacerState;

/**
 * The breathe-then-move session as a state machine, driven only by what is passed in: the time
 * ({@link #tick(double)}, session seconds, never going back), detected breaths
 * ({@link #onBreath(BreathEvent)}, on the same clock; feed every detector event, quality reports
 * included, as they show how far the detector has got), and the person's commands (start, pause,
 * resume, skip, back, pain and its choice, end). It reads no clock, so every transition is tested
 * in simulated time.
 *
 * <p>Steps: the check-in (resting rate), the breathing block (adaptive or fixed pacer, adherence),
 * each exercise (sides, reps or seconds, rest), the closing check. A breath-led exercise counts a rep
 * on each detected exhale (at least {@value #MIN_REP_S} s apart) while breath is heard, and on the
 * clock when none has been heard for {@value #SIGNAL_S} s. In the move block, {@value #REMIND_AFTER_S} s
 * without a breath heard brings a reminder to breathe. Pain pauses at once and shows the red flags;
 * the session then waits for {@link #painChoice}: ease, skip or end. Everything it decides goes to the
 * {@link SessionListener} as a {@link SessionEvent}, and the end brings a {@link SessionReport}.
 *
 * <p>Not thread-safe: drive it from one thread (the listener is called on that thread).
 */
public final class Session {
    /** Within this many breaths a minute of the target counts as "at target". */
    public static final double AT_TARGET_BPM = 1.0;
    /** Seconds between breath-rate samples. */
    public static final double SAMPLE_EVERY_S = 5;
    /** Seconds without a breath in the move block before a reminder. */
    public static final double REMIND_AFTER_S = 15;
    /** Seconds of further silence before the next reminder. */
    public static final double REMIND_AGAIN_S = 30;
    /** A breath heard within this many seconds means there is a signal (breath-led reps wait for exhales). */
    public static final double SIGNAL_S = 10;
    /** The least time between two breath-led reps. */
    public static final double MIN_REP_S = 2;
    /** "Back" restarts the current step when more than this many seconds of it have run. */
    public static final double BACK_RESTARTS_AFTER_S = 5;
    /** The pacer's starting rate when the resting rate was not heard (a typical adult's resting rate). */
    public static final double UNHEARD_RESTING_BPM = 12;
    /** A measured rate older than this many seconds is stale. */
    public static final double RATE_FRESH_S = 15;
    /** An eased exercise keeps this share of its work. */
    public static final double EASE_FACTOR = 0.5;
    /** Symptoms that mean: stop and get advice. */
    public static final List<String> RED_FLAGS = List.of("sharp pain", "burning", "tingling", "numbness or other nerve-like symptoms");
    /** What to do after reporting pain. */
    public static final String PAIN_ADVICE = "If it is sharp, burning, tingling or nerve-like, stop here and have it "
            + "checked by a health professional before doing this again; otherwise ease off: a smaller, slower range, "
            + "or skip this one.";
    /** How an eased exercise should be done. */
    public static final String EASE_ADVICE = "Carry on gently: a smaller, slower movement, about half as long; "
            + "stop at the first twinge.";

    /** Where the session is. */
    public enum Status { READY, RUNNING, PAUSED, PAIN, FINISHED }

    private static final double SUBSTEP_S = 0.1;

    private final Routine routine;
    private final boolean breathDetection;
    private final SessionListener listener;
    private final List<Step> steps = new ArrayList<>();
    private final ExerciseResult[] results;
    private final List<CycleAdherence> judged = new ArrayList<>();
    private final List<RateSample> samples = new ArrayList<>();
    private final List<PainReport> pains = new ArrayList<>();

    private Status status = Status.READY;
    private Instant startedAt;
    private double startS;
    private double now;
    private int index = -1;
    private double stepS;

    private GlidePacer pacer;
    private AdherenceTracker tracker;
    private PacerPhase lastPhase;
    private int lastCycle;
    private double offset;

    private RateCheck check;
    private Double measuredRestingBpm;
    private Double calibratedBpm;
    private double quietFirstS;
    private Double resting;
    private Double closing;

    private ExerciseRun run;

    private double heardUpToS;
    private double lastBreathS = Double.NEGATIVE_INFINITY;
    private double silentS;
    private int reminders;
    private Double personBpm;
    private double personAtS = Double.NEGATIVE_INFINITY;
    private double nextSampleS;
    private double timeAtTargetS;
    private SessionReport report;

    /**
     * @param routine         what to run
     * @param breathDetection whether breath events will be fed in; false runs a timed pacer and says
     *                        adherence is unknown
     * @param listener        receives every event (see its thread contract)
     */
    public Session(Routine routine, boolean breathDetection, SessionListener listener) {
        this.routine = Objects.requireNonNull(routine, "routine");
        this.breathDetection = breathDetection;
        this.listener = Objects.requireNonNull(listener, "listener");
        steps.add(new Step(StepKind.CHECK_IN, "check-in", "Check-in: your resting breath", routine.checkInS(), null));
        steps.add(new Step(StepKind.BREATHING, "breathing", "Slow breathing: " + routine.breathing().pattern().name(),
                routine.breathing().seconds(), null));
        for (Exercise e : routine.exercises()) {
            steps.add(new Step(StepKind.EXERCISE, e.id(), e.name(), e.plannedS(), e));
        }
        if (routine.closingCheckS() > 0) {
            steps.add(new Step(StepKind.CLOSING_CHECK, "closing-check", "Closing check: your breath now", routine.closingCheckS(), null));
        }
        results = new ExerciseResult[routine.exercises().size()];
    }

    /**
     * Asks the person to stay quiet for the first {@code seconds} of the check-in (a microphone
     * check-in measures the room then). Call before {@link #start}.
     */
    public Session quietRoomFirst(double seconds) {
        if (status != Status.READY || !(seconds > 0)) {
            throw new IllegalStateException("call before the start, with seconds > 0");
        }
        quietFirstS = seconds;
        return this;
    }

    /**
     * The resting rate was measured just before the session (e.g. the window's check-in): the
     * check-in step is then done as soon as it starts, with this rate as the resting rate, and its
     * {@link SessionEvent.RateChecked} still goes out (history and the summary keep it). Only the
     * first time: going back to the check-in measures afresh. Call before {@link #start}.
     */
    public Session restingRateMeasured(double breathsPerMin) {
        if (status != Status.READY) {
            throw new IllegalStateException("call before the start");
        }
        if (!(breathsPerMin > 0) || !Double.isFinite(breathsPerMin)) {
            throw new IllegalArgumentException("the resting rate must be a positive number of breaths a minute: " + breathsPerMin);
        }
        measuredRestingBpm = breathsPerMin;
        return this;
    }

    /** The plan, in order. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public Status status() {
        return status;
    }

    /** The report, once {@link Status#FINISHED}; null before. */
    public SessionReport report() {
        return report;
    }

    /** Starts at session time {@code tS}; {@code startedAt} is the wall-clock start, kept for history. */
    public void start(double tS, Instant startedAt) {
        if (status != Status.READY) {
            throw new IllegalStateException("the session has already started");
        }
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        startS = tS;
        now = tS;
        nextSampleS = tS + SAMPLE_EVERY_S;
        status = Status.RUNNING;
        emit(new SessionEvent.Started(routine.name(), routine.breathing().pattern().name(), routine.plannedS(), breathDetection, tS));
        enterStep(0);
    }

    /** Moves time on to {@code tS}; earlier times are ignored. */
    public void tick(double tS) {
        if (status == Status.READY || status == Status.FINISHED) {
            return;
        }
        while (now < tS - 1e-12 && status != Status.FINISHED) {
            boolean last = tS - now <= SUBSTEP_S + 1e-9;
            double dt = last ? tS - now : SUBSTEP_S;
            now = last ? tS : now + dt;
            if (status == Status.RUNNING) {
                advance(dt);
            }
            sample();
            // a led breath is judged only once the detector has reported past it (it may lag the clock)
            judge(breathDetection ? Math.min(now, heardUpToS) : now);
        }
    }

    /** A detector event; its time must be on the session's clock. Moves time on to when it was emitted. */
    public void onBreath(BreathEvent e) {
        tick(e.emittedS());
        if (status == Status.READY || status == Status.FINISHED || !breathDetection) {
            return;
        }
        heardUpToS = Math.max(heardUpToS, e.emittedS());
        if (e instanceof PhaseStarted p) {
            lastBreathS = p.startS();
            silentS = 0;
            reminders = 0;
            if (tracker != null) {
                tracker.onPhaseStarted(p);
            }
            if (status == Status.RUNNING && check != null) {
                check.onPhaseStarted(p);
            }
            if (status == Status.RUNNING && p.phase() == Phase.EXHALE && run != null && run.stage == ExerciseRun.Stage.WORK
                    && run.exercise.breathLed() && run.repS >= MIN_REP_S && !run.sideComplete()) {
                rep(true);
            }
        } else if (e instanceof PhaseEnded p) {
            lastBreathS = Math.max(lastBreathS, p.endS());
            silentS = 0;
            reminders = 0;
            if (tracker != null) {
                tracker.onPhaseEnded(p);
            }
        } else if (e instanceof RateUpdated r) {
            personBpm = r.breathsPerMin();
            personAtS = r.emittedS();
            if (status == Status.RUNNING && check != null) {
                check.onRate(r);
            }
            if (pacer != null && current().kind() == StepKind.BREATHING) {
                pacer.onDetectedRate(r.breathsPerMin(), Math.max(0, r.emittedS() - offset));
            }
        }
    }

    /**
     * A microphone check-in's findings (room noise, breath level, resting rate), from whoever ran one
     * alongside the check-in step. When it arrives during the check-in, its rate (if it heard one) is
     * the resting rate; later, only its advice is passed on. Either way a
     * {@link SessionEvent.MicrophoneChecked} tells the person.
     */
    public void calibrated(double tS, Double breathsPerMin, double snrDb, List<String> advice) {
        tick(tS);
        if (status == Status.READY || status == Status.FINISHED) {
            return;
        }
        if (current().kind() == StepKind.CHECK_IN && check != null && breathsPerMin != null && breathsPerMin > 0) {
            calibratedBpm = breathsPerMin;
        }
        String message;
        if (advice.isEmpty()) {
            message = Double.isNaN(snrDb) ? "The microphone hears your breath well."
                    : String.format(Locale.ROOT, "The microphone hears your breath well (%.0f dB above the room).", snrDb);
        } else {
            message = (Double.isNaN(snrDb) ? "Microphone check: "
                    : String.format(Locale.ROOT, "Microphone check (your breath is %.0f dB above the room): ", snrDb))
                    + String.join(" ", advice);
        }
        emit(new SessionEvent.MicrophoneChecked(breathsPerMin, snrDb, advice, message, now));
    }

    /** Pauses (the pacer and every countdown stop). Returns false when not running. */
    public boolean pause(double tS) {
        tick(tS);
        if (status != Status.RUNNING) {
            return false;
        }
        status = Status.PAUSED;
        if (tracker != null) {
            tracker.dropPending();
        }
        emit(new SessionEvent.Paused("user", now));
        return true;
    }

    /** Resumes after a pause. Returns false when not paused (after pain, choose with {@link #painChoice}). */
    public boolean resume(double tS) {
        tick(tS);
        if (status != Status.PAUSED) {
            return false;
        }
        run();
        return true;
    }

    /** Leaves the current step for the next. Returns false when not running or paused. */
    public boolean skip(double tS) {
        tick(tS);
        if (status != Status.RUNNING && status != Status.PAUSED) {
            return false;
        }
        emit(new SessionEvent.StepSkipped(current().id(), now));
        leaveStep(true);
        nextStep();
        return true;
    }

    /**
     * Goes back: to the start of the current step when more than {@value #BACK_RESTARTS_AFTER_S} s of it
     * have run (or it is the first), else to the previous step. Returns false when not running or paused.
     */
    public boolean back(double tS) {
        tick(tS);
        if (status != Status.RUNNING && status != Status.PAUSED) {
            return false;
        }
        int to = stepS > BACK_RESTARTS_AFTER_S || index == 0 ? index : index - 1;
        String from = current().id();
        if (run != null) {
            results[exerciseIndex(index)] = null;
        }
        abandonStep();
        emit(new SessionEvent.WentBack(from, steps.get(to).id(), now));
        if (to != index) {
            Step target = steps.get(to);
            if (target.kind() == StepKind.EXERCISE) {
                results[exerciseIndex(to)] = null;
            }
        }
        enterStep(to);
        return true;
    }

    /**
     * Pain: pauses at once and shows the red flags; the session then waits for {@link #painChoice}.
     * Returns false when there is nothing to pause (not started, finished, already waiting).
     */
    public boolean reportPain(double tS, String note) {
        tick(tS);
        if (status != Status.RUNNING && status != Status.PAUSED) {
            return false;
        }
        if (status == Status.RUNNING) {
            emit(new SessionEvent.Paused("pain", now));
            if (tracker != null) {
                tracker.dropPending();
            }
        }
        status = Status.PAIN;
        int side = side();
        PainReport p = new PainReport(now, current().id(), side, note, null);
        pains.add(p);
        emit(new SessionEvent.PainReported(current().id(), current().name(), side, p.note(), RED_FLAGS, PAIN_ADVICE, now));
        return true;
    }

    /** What to do after pain: ease (shorter, gentler), skip the exercise, or end. Returns false when no pain is waiting. */
    public boolean painChoice(double tS, PainChoice choice) {
        return painChoice(tS, choice, null);
    }

    /**
     * As {@link #painChoice(double, PainChoice)}, with the person's note written while the question
     * was open (a window asks for it after the report): a note that is not blank replaces the one
     * given with the report; null or blank keeps that one. The final note goes out in
     * {@link SessionEvent.PainHandled} and stays in the report.
     */
    public boolean painChoice(double tS, PainChoice choice, String note) {
        Objects.requireNonNull(choice, "choice");
        tick(tS);
        if (status != Status.PAIN) {
            return false;
        }
        PainReport pending = pains.get(pains.size() - 1);
        if (note != null && !note.isBlank()) {
            pending = pending.withNote(note);
        }
        pains.set(pains.size() - 1, pending.withChoice(choice));
        String finalNote = pending.note();
        Step step = current();
        switch (choice) {
            case EASE -> {
                String message = EASE_ADVICE;
                if (run != null) {
                    run.eased = true;
                } else {
                    message = "Carry on gently, without forcing anything.";
                }
                emit(new SessionEvent.PainHandled(step.id(), side(), choice, finalNote, message, now));
                run();
            }
            case SKIP -> {
                emit(new SessionEvent.PainHandled(step.id(), side(), choice, finalNote, "Skipping " + step.name() + ".", now));
                run();
                emit(new SessionEvent.StepSkipped(step.id(), now));
                leaveStep(true);
                nextStep();
            }
            case END -> {
                emit(new SessionEvent.PainHandled(step.id(), side(), choice, finalNote, "Ending the session here.", now));
                finish(false);
            }
        }
        return true;
    }

    /** Ends the session now (interrupted unless it had finished). */
    public void end(double tS) {
        tick(tS);
        if (status != Status.READY && status != Status.FINISHED) {
            finish(false);
        }
    }

    /** A snapshot for a display. */
    public SessionView view() {
        Step step = index >= 0 && index < steps.size() ? current() : null;
        PacerState pacerState = null;
        double left = step == null ? 0 : Math.max(0, step.plannedS() - stepS);
        String stage = null;
        double stageLeft = 0;
        int side = 0;
        int sides = 0;
        int rep = 0;
        int reps = 0;
        boolean eased = false;
        if (step != null && step.kind() == StepKind.BREATHING && pacer != null) {
            pacerState = pacer.at(stepS);
        }
        if (run != null) {
            stage = run.stage.name().toLowerCase(Locale.ROOT);
            stageLeft = run.stageLeftS();
            left = run.leftS();
            side = run.side;
            sides = run.exercise.sides();
            rep = run.repsThisSide;
            reps = run.exercise.counted() ? run.targetReps() : 0;
            eased = run.eased;
        }
        String next = index + 1 < steps.size() ? steps.get(index + 1).name() : null;
        return new SessionView(status, Math.max(0, index), steps.size(), step, left, pacerState, stage, stageLeft, side, sides,
                rep, reps, eased, next, freshRate(), AdherenceTracker.summarize(judged));
    }

    // ---- stepping ----

    private Step current() {
        return steps.get(index);
    }

    private void enterStep(int i) {
        index = i;
        stepS = 0;
        Step step = current();
        String note = null;
        switch (step.kind()) {
            case CHECK_IN, CLOSING_CHECK -> {
                boolean measured = step.kind() == StepKind.CHECK_IN && measuredRestingBpm != null;
                check = breathDetection && !measured ? new RateCheck() : null;
                note = measured ? "Your resting rate was measured at the check-in just now: no need to measure it again."
                        : !breathDetection ? null
                        : step.kind() == StepKind.CHECK_IN && quietFirstS > 0
                        ? String.format(Locale.ROOT, "Sit comfortably and stay quiet for the first %.0f s so the room can be "
                                + "measured, then breathe as you normally do.", quietFirstS)
                        : "Sit comfortably and breathe as you normally do; nothing to change yet.";
            }
            case BREATHING -> {
                BreathingBlock b = routine.breathing();
                pacer = b.adaptive() ? new GlidePacer(b.pattern(), resting == null ? UNHEARD_RESTING_BPM : resting, b.glideS())
                        : GlidePacer.fixed(b.pattern());
                tracker = new AdherenceTracker();
                lastPhase = null;
                lastCycle = -1;
                offset = now;
                note = breathNote(b);
            }
            case EXERCISE -> run = new ExerciseRun(step.exercise());
        }
        String next = i + 1 < steps.size() ? steps.get(i + 1).name() : null;
        emit(new SessionEvent.StepStarted(i, steps.size(), step, next, note, now));
        switch (step.kind()) {
            case CHECK_IN, CLOSING_CHECK -> {
                if (step.kind() == StepKind.CHECK_IN && measuredRestingBpm != null) {
                    resting = measuredRestingBpm;
                    measuredRestingBpm = null;
                    emit(new SessionEvent.RateChecked(StepKind.CHECK_IN, resting, String.format(Locale.ROOT,
                            "Resting rate: %.1f breaths a minute (from the check-in just before).", resting), now));
                    nextStep();
                } else if (!breathDetection) {
                    emit(new SessionEvent.RateChecked(step.kind(), null,
                            step.kind() == StepKind.CHECK_IN
                                    ? "No breath detection: the resting rate is not measured, and the pacer runs on the clock alone."
                                    : "No breath detection: the closing rate is not measured.", now));
                    check = null;
                    nextStep();
                }
            }
            case BREATHING -> pace();
            case EXERCISE -> emit(new SessionEvent.SideStarted(step.id(), 1, step.exercise().sides(), now));
        }
    }

    private String breathNote(BreathingBlock b) {
        String target = String.format(Locale.ROOT, "%.1f", b.pattern().breathsPerMin());
        if (!b.adaptive()) {
            return "The pacer leads " + target + " breaths a minute from the start.";
        }
        if (resting == null) {
            return String.format(Locale.ROOT, "Your resting rate was not heard: the pacer starts at %.0f a minute and slows to %s.",
                    UNHEARD_RESTING_BPM, target);
        }
        return String.format(Locale.ROOT, "The pacer starts at your resting %.1f a minute and slows to %s as you follow.", resting, target);
    }

    private void advance(double dt) {
        stepS += dt;
        Step step = current();
        switch (step.kind()) {
            case CHECK_IN, CLOSING_CHECK -> {
                if (stepS >= step.plannedS() - 1e-9) {
                    leaveStep(false);
                    nextStep();
                }
            }
            case BREATHING -> {
                Double rate = freshRate();
                if (rate != null && Math.abs(rate - routine.breathing().pattern().breathsPerMin()) <= AT_TARGET_BPM) {
                    timeAtTargetS += dt;
                }
                if (stepS >= step.plannedS() - 1e-9) {
                    leaveStep(false);
                    nextStep();
                } else {
                    pace();
                }
            }
            case EXERCISE -> {
                if (breathDetection) {
                    silentS += dt;
                    if (silentS >= REMIND_AFTER_S + reminders * REMIND_AGAIN_S) {
                        reminders++;
                        emit(new SessionEvent.BreathReminder(silentS,
                                "Remember to breathe: slow and easy through the nose, no holding.", now));
                    }
                }
                exercise(dt);
            }
        }
    }

    private void pace() {
        PacerState s = pacer.at(stepS);
        PacedCycle c = pacer.cycle();
        if (c.index() != lastCycle) {
            lastCycle = c.index();
            offset = now - stepS;
            tracker.onPacedCycle(c.shifted(offset));
        }
        if (s.phase() != lastPhase) {
            lastPhase = s.phase();
            double phaseS = switch (s.phase()) {
                case INHALE -> c.pattern().inhaleS();
                case HOLD_IN -> c.pattern().holdInS();
                case EXHALE -> c.pattern().exhaleS();
                case HOLD_OUT -> c.pattern().holdOutS();
            };
            emit(new SessionEvent.PacerChanged(s.phase(), phaseS, s.breathsPerMin(), pacer.glideFraction(), pacer.following(), now));
        }
    }

    private void exercise(double dt) {
        ExerciseRun r = run;
        Exercise e = r.exercise;
        r.stageS += dt;
        switch (r.stage) {
            case WORK -> {
                r.sideS += dt;
                r.repS += dt;
                if (e.counted() && !r.sideComplete() && r.repS >= e.secondsPerRep() - 1e-9
                        && (!e.breathLed() || !signal())) {
                    rep(false);
                }
                if (r.sideComplete()) {
                    r.sidesDone++;
                    if (r.side < e.sides()) {
                        r.stage = ExerciseRun.Stage.SWITCH;
                        r.stageS = 0;
                        emit(new SessionEvent.SidesSwitching(e.id(), Exercise.SIDE_SWITCH_S, now));
                    } else {
                        rest();
                    }
                }
            }
            case SWITCH -> {
                if (r.stageS >= Exercise.SIDE_SWITCH_S - 1e-9) {
                    r.side++;
                    r.stage = ExerciseRun.Stage.WORK;
                    r.stageS = 0;
                    r.sideS = 0;
                    r.repS = 0;
                    r.repsThisSide = 0;
                    emit(new SessionEvent.SideStarted(e.id(), r.side, e.sides(), now));
                }
            }
            case REST -> {
                if (r.stageS >= e.restS() - 1e-9) {
                    leaveStep(false);
                    nextStep();
                }
            }
        }
    }

    private void rest() {
        ExerciseRun r = run;
        r.stage = ExerciseRun.Stage.REST;
        r.stageS = 0;
        if (r.exercise.restS() > 0) {
            String next = index + 1 < steps.size() ? steps.get(index + 1).name() : null;
            emit(new SessionEvent.RestStarted(r.exercise.id(), r.exercise.restS(), next, now));
        } else {
            leaveStep(false);
            nextStep();
        }
    }

    private void rep(boolean byBreath) {
        ExerciseRun r = run;
        r.repsThisSide++;
        r.repsTotal++;
        r.repS = 0;
        emit(new SessionEvent.RepDone(r.exercise.id(), r.side, r.repsThisSide, r.targetReps(), byBreath, now));
    }

    private boolean signal() {
        return breathDetection && now - lastBreathS <= SIGNAL_S;
    }

    /** Closes the current step (finished or skipped). */
    private void leaveStep(boolean skipped) {
        Step step = current();
        switch (step.kind()) {
            case CHECK_IN, CLOSING_CHECK -> {
                if (check != null) {
                    Double bpm = check.breathsPerMin();
                    if (step.kind() == StepKind.CHECK_IN) {
                        bpm = calibratedBpm != null ? calibratedBpm : bpm;
                        calibratedBpm = null;
                        resting = bpm;
                    } else {
                        closing = bpm;
                    }
                    String what = step.kind() == StepKind.CHECK_IN ? "Resting rate" : "Closing rate";
                    String message = bpm == null
                            ? what + ": not enough breath heard to measure."
                            : String.format(Locale.ROOT, "%s: %.1f breaths a minute.", what, bpm);
                    emit(new SessionEvent.RateChecked(step.kind(), bpm, message, now));
                    check = null;
                }
            }
            case BREATHING -> {
                tracker.dropUnfinished(now);
                pacer = null;
            }
            case EXERCISE -> {
                ExerciseRun r = run;
                boolean wasSkipped = skipped && r.stage != ExerciseRun.Stage.REST;
                ExerciseResult result = new ExerciseResult(r.exercise.id(), r.exercise.name(), r.exercise.plannedS(),
                        stepS, r.exercise.sides(), Math.min(r.sidesDone, r.exercise.sides()), r.repsTotal, wasSkipped, r.eased);
                results[exerciseIndex(index)] = result;
                run = null;
                emit(new SessionEvent.ExerciseFinished(result, now));
            }
        }
    }

    /** Leaves the current step without recording it (going back). */
    private void abandonStep() {
        if (current().kind() == StepKind.BREATHING && tracker != null) {
            tracker.dropPending();
            pacer = null;
        }
        check = null;
        run = null;
    }

    private void nextStep() {
        if (index + 1 < steps.size()) {
            enterStep(index + 1);
        } else {
            finish(true);
        }
    }

    private void run() {
        status = Status.RUNNING;
        offset = now - stepS;
        emit(new SessionEvent.Resumed(now));
    }

    private void finish(boolean completed) {
        if (!completed && index >= 0 && index < steps.size()) {
            Step step = current();
            if (step.kind() == StepKind.EXERCISE && run != null) {
                ExerciseRun r = run;
                results[exerciseIndex(index)] = new ExerciseResult(r.exercise.id(), r.exercise.name(), r.exercise.plannedS(),
                        stepS, r.exercise.sides(), r.sidesDone, r.repsTotal, stepS == 0, r.eased);
            } else if (step.kind() == StepKind.CLOSING_CHECK && check != null) {
                closing = check.breathsPerMin();
            } else if (step.kind() == StepKind.BREATHING && tracker != null) {
                tracker.dropUnfinished(now);
            }
        }
        if (tracker != null) {
            judge(Double.POSITIVE_INFINITY);
        }
        List<ExerciseResult> list = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            Exercise e = routine.exercises().get(i);
            list.add(results[i] != null ? results[i]
                    : new ExerciseResult(e.id(), e.name(), e.plannedS(), 0, e.sides(), 0, 0, true, false));
        }
        status = Status.FINISHED;
        run = null;
        check = null;
        report = new SessionReport(startedAt, startS, now, routine.name(), routine.breathing().pattern().name(), breathDetection,
                resting, closing, routine.breathing().pattern().breathsPerMin(), timeAtTargetS,
                AdherenceTracker.summarize(judged), samples, list, pains, completed);
        emit(new SessionEvent.Ended(report, now));
    }

    private void judge(double upTo) {
        if (tracker == null) {
            return;
        }
        for (CycleAdherence a : tracker.judgeUpTo(upTo)) {
            judged.add(a);
            emit(new SessionEvent.AdherenceJudged(a, AdherenceTracker.summarize(judged), now));
        }
    }

    private void sample() {
        while (now >= nextSampleS) {
            Double rate = freshRate();
            if (rate != null) {
                RateSample s = new RateSample(nextSampleS, rate);
                samples.add(s);
                emit(new SessionEvent.RateSampled(s, now));
            }
            nextSampleS += SAMPLE_EVERY_S;
        }
    }

    private Double freshRate() {
        return personBpm != null && now - personAtS <= RATE_FRESH_S ? personBpm : null;
    }

    private int side() {
        return run != null && run.exercise.sides() == 2 ? run.side : 0;
    }

    private int exerciseIndex(int stepIndex) {
        return stepIndex - 2;
    }

    /** The adherence of the breathing block so far. */
    public AdherenceSummary adherence() {
        return AdherenceTracker.summarize(judged);
    }

    private void emit(SessionEvent e) {
        listener.onEvent(e);
    }
}
