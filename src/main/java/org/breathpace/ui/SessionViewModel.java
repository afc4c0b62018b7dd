package org.breathpace.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.breathpace.audio.SourceStatus;
import org.breathpace.breath.Phase;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.SignalQuality;
import org.breathpace.pacing.Pacer;
import org.breathpace.pacing.PacerPhase;
import org.breathpace.pacing.PacerState;

/**
 * The session screen's state: pacer, live breath, the routine sequence, pain and the end. Time is
 * passed in ({@link #tick}, session seconds since start); breath events come from
 * {@link BreathFeed#drain} once per frame. FX thread only.
 */
public final class SessionViewModel {
    /** How far from the pacer's phase a detected onset may fall and still count as following. */
    static final double FOLLOW_TOLERANCE_S = 1.0;
    /** A rate older than this (seconds) is no longer shown. */
    static final double RATE_STALE_S = 20;
    /** Within this many breaths/min of the target counts as "at target". */
    static final double AT_TARGET_BPM = 1.0;

    private final SessionDriver driver;
    private final Pacer pacer;
    private final double targetRate;
    private final double restingBefore;
    private final Instant startedAt;
    private final BreathTrace trace = new BreathTrace(30);
    private final PacerTrack pacerTrack = new PacerTrack(4096);

    private final ReadOnlyStringWrapper phaseWord = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phaseSecondsLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fullness = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<PacerPhase> pacerPhase = new ReadOnlyObjectWrapper<>(PacerPhase.INHALE);
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper targetText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper adherenceText = new ReadOnlyStringWrapper("Following the pacer: unknown");
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
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper painOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SessionSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StepRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StepRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    private double now;
    private double streamOffset = Double.NaN;
    private double heardAt;
    private double rate = Double.NaN;
    private double rateAt = Double.NaN;
    private double atTargetS;
    private int onsets;
    private int followed;
    private boolean endedByUser;
    private final List<Double> closingRates = new ArrayList<>();
    private int lastIndex = -1;
    private List<StepOutcome> lastOutcomes = List.of();
    private boolean noMicrophone;

    /**
     * @param driver        the session
     * @param pacer         leads the breathing
     * @param targetRate    breaths/min counted as "at target"
     * @param restingBefore breaths/min from the check-in, NaN when unknown
     * @param startedAt     wall-clock start, for history
     */
    public SessionViewModel(SessionDriver driver, Pacer pacer, double targetRate, double restingBefore,
                            Instant startedAt) {
        this.driver = driver;
        this.pacer = pacer;
        this.targetRate = targetRate;
        this.restingBefore = restingBefore;
        this.startedAt = startedAt;
        targetText.set(String.format(java.util.Locale.ROOT, "target %.1f", targetRate));
        tick(0);
    }

    /** Says once that there is no microphone and the session runs as a timed pacer. */
    public void noMicrophone(String why) {
        noMicrophone = true;
        notice.set(why + " The session runs as a timed pacer; breath rate and following are not measured.");
        quality.set(QualityLight.OFF);
        adherenceText.set("Following the pacer: not measured (no microphone)");
    }

    /**
     * Takes one event from the {@link BreathFeed}. Stream times are turned into session times
     * with an offset fixed by the first event of each stream (a new stream starts with its
     * STARTED status), so the trace and the pacer share one time axis.
     */
    public void accept(Object event) {
        if (event instanceof SourceStatus s && s.status() == SourceStatus.Kind.STARTED) {
            trace.closeOpen(heardAt);
            streamOffset = now - s.emittedS();
        }
        if (event instanceof PhaseStarted e) {
            stream(e.emittedS());
            trace.started(e.phase(), e.startS() + streamOffset);
            if (current() != null && current().kind() == Step.Kind.BREATHE && !paused.get() && !painOpen.get()) {
                onsets++;
                PacerPhase wanted = e.phase() == Phase.INHALE ? PacerPhase.INHALE : PacerPhase.EXHALE;
                if (pacerTrack.showed(wanted, e.startS() + streamOffset, FOLLOW_TOLERANCE_S)) {
                    followed++;
                }
                adherenceText.set("Following the pacer: " + Format.percent((double) followed / onsets));
            }
        } else if (event instanceof PhaseEnded e) {
            stream(e.emittedS());
            trace.ended(e.phase(), e.startS() + streamOffset, e.endS() + streamOffset);
        } else if (event instanceof RateUpdated e) {
            stream(e.emittedS());
            rate = e.breathsPerMin();
            rateAt = heardAt;
            if (current() != null && current().kind() == Step.Kind.CLOSE) {
                closingRates.add(rate);
            }
        } else if (event instanceof SignalQuality q) {
            stream(q.emittedS());
            quality.set(QualityLight.of(q));
            qualityAdvice.set(q.warnings().isEmpty() ? "" : q.warnings().get(0).advice());
        } else if (event instanceof SourceStatus s) {
            stream(s.emittedS());
            switch (s.status()) {
                case INPUT_LOST, MUTED, STALLED -> notice.set(s.message() + " The pacer carries on by time.");
                case RESUMED, STARTED -> notice.set("");
                case STOPPED -> trace.closeOpen(heardAt);
                default -> { }
            }
        }
    }

    private void stream(double emittedS) {
        if (Double.isNaN(streamOffset)) {
            streamOffset = now - emittedS;
        }
        heardAt = Math.max(heardAt, emittedS + streamOffset);
    }

    private Step current() {
        SessionSnapshot s = driver.snapshot();
        return s.ended() ? null : driver.steps().get(s.index());
    }

    /** Moves everything on to session time {@code nowS} (seconds, never backwards). */
    public void tick(double nowS) {
        double dt = Math.max(0, nowS - now);
        now = Math.max(now, nowS);
        boolean wasRunning = !driver.snapshot().paused() && !driver.snapshot().painOpen();
        driver.tick(now);
        SessionSnapshot s = driver.snapshot();
        PacerState p = pacer.at(s.pacerS());
        if (wasRunning && !s.ended() && !Double.isNaN(rate) && Math.abs(rate - targetRate) <= AT_TARGET_BPM) {
            atTargetS += dt;
        }
        pacerTrack.add(now, p.phase());
        trace.trim(now);
        pacerPhase.set(p.phase());
        phaseWord.set(s.paused() ? "Paused" : p.phase().words());
        phaseSecondsLeft.set(String.valueOf((long) Math.ceil(p.secondsLeft() - 1e-9)));
        fullness.set(p.fullness());
        boolean stale = Double.isNaN(rateAt) || now - rateAt > RATE_STALE_S;
        rateText.set(noMicrophone || stale ? "–" : Format.rate(rate));
        paused.set(s.paused());
        painOpen.set(s.painOpen());
        timeLeftText.set(Format.minSec(s.totalLeftS()) + " left");
        if (s.index() != lastIndex || !s.outcomes().equals(lastOutcomes)) {
            refreshRows(s);
        }
        if (!s.ended()) {
            Step step = driver.steps().get(s.index());
            stepTitle.set(step.name());
            stepInstructions.set(step.instructions());
            stepCue.set(step.breathCue());
            stepCountdown.set(Format.minSec(s.stepLeftS()));
            sideText.set(s.side().isEmpty() ? "" : (s.side().equals("left") ? "Left side" : "Right side"));
            nextText.set(s.index() + 1 < driver.steps().size()
                    ? "Next: " + driver.steps().get(s.index() + 1).name() : "Next: the summary");
        } else if (!ended.get()) {
            finish(s);
        }
    }

    private void refreshRows(SessionSnapshot s) {
        List<StepRow> list = new ArrayList<>();
        for (int i = 0; i < driver.steps().size(); i++) {
            Step step = driver.steps().get(i);
            String planned = step.sides() == 2 ? "2 × " + Format.minSec(step.secondsEach()) : Format.minSec(step.totalS());
            list.add(new StepRow(step.name(), s.outcomes().get(i), planned));
        }
        rows.setAll(list);
        lastIndex = s.index();
        lastOutcomes = s.outcomes();
    }

    private void finish(SessionSnapshot s) {
        List<String> done = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < driver.steps().size(); i++) {
            StepOutcome o = s.outcomes().get(i);
            if (o == StepOutcome.DONE || o == StepOutcome.EASED) {
                done.add(driver.steps().get(i).name());
            } else if (o == StepOutcome.SKIPPED) {
                skipped.add(driver.steps().get(i).name());
            }
        }
        double after = closingRates.isEmpty() ? Double.NaN
                : closingRates.stream().mapToDouble(Double::doubleValue).sorted().toArray()[closingRates.size() / 2];
        double adherence = onsets == 0 ? Double.NaN : (double) followed / onsets;
        stepTitle.set("Session complete");
        stepInstructions.set("");
        stepCue.set("");
        stepCountdown.set("0:00");
        sideText.set("");
        nextText.set("");
        phaseWord.set("Done");
        summary.set(new SessionSummary(startedAt, s.pacerS() / 60, restingBefore, after, atTargetS, adherence,
                done, skipped, driver.painNotes(), !endedByUser));
        ended.set(true);
    }

    // --- controls: the keys and buttons call these; each acts at the last ticked time ---

    public void togglePause() {
        driver.togglePause(now);
        tick(now);
    }

    public void skip() {
        driver.skip(now);
        tick(now);
    }

    public void back() {
        driver.back(now);
        tick(now);
    }

    public void pain() {
        driver.pain(now);
        tick(now);
    }

    public void painChoice(PainNote.Choice choice) {
        if (choice == PainNote.Choice.END) {
            endedByUser = true;
        }
        driver.painChoice(choice, now);
        tick(now);
    }

    public void end() {
        endedByUser = true;
        driver.end(now);
        tick(now);
    }

    // --- read-only state ---

    public double now() {
        return now;
    }

    public List<Step> steps() {
        return driver.steps();
    }

    public BreathTrace trace() {
        return trace;
    }

    public PacerTrack pacerTrack() {
        return pacerTrack;
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
    public ReadOnlyObjectProperty<SessionSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<StepRow> rows() {
        return rowsView;
    }
}
