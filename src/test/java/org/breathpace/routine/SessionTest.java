package org.breathpace.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.breathpace.breath.Phase;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.pacing.BreathingPattern;
import org.breathpace.pacing.PacerPhase;
import org.junit.jupiter.api.Test;

/** Every session transition, in simulated time (no sleeps). */
class SessionTest {
    private static final Instant T0 = Instant.parse("2026-01-05T07:30:00Z");

    private static Routine shortRoutine(BreathingBlock block) {
        return new Routine("test", 10, block, List.of(DefaultRoutine.CAT_COW, DefaultRoutine.PRONE_ROTATIONS), 10);
    }

    private static void runTo(Session s, double from, double to) {
        for (double t = from; t <= to + 1e-9; t += 0.05) {
            s.tick(t);
        }
    }

    /** Feeds one breath: inhale at t for inS, exhale after for exS, and a rate update. */
    private static void breath(Session s, double t, double inS, double exS, double bpm) {
        s.onBreath(new PhaseStarted(Phase.INHALE, t, t + 0.2));
        s.onBreath(new PhaseEnded(Phase.INHALE, t, t + inS, t + inS + 0.1));
        s.onBreath(new PhaseStarted(Phase.EXHALE, t + inS + 0.1, t + inS + 0.3));
        s.onBreath(new PhaseEnded(Phase.EXHALE, t + inS + 0.1, t + inS + exS, t + inS + exS + 0.1));
        s.onBreath(new RateUpdated(bpm, bpm, 0.9, t + inS + exS + 0.1));
    }

    @Test
    void withoutDetectionTheWholeDefaultRoutineRunsAsATimedPacer() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(DefaultRoutine.ROUTINE, false, rec);
        s.start(0, T0);
        runTo(s, 0, 1000);
        assertThat(s.status()).isEqualTo(Session.Status.FINISHED);
        assertThat(rec.of(SessionEvent.StepStarted.class)).extracting(e -> e.step().id()).containsExactly(
                "check-in", "breathing", "foam-rolling", "cat-cow", "wall-squats", "prone-rotations", "side-bends", "closing-check");
        assertThat(rec.of(SessionEvent.RateChecked.class)).hasSize(2)
                .allSatisfy(r -> assertThat(r.message()).startsWith("No breath detection"));
        SessionReport r = s.report();
        assertThat(r.completed()).isTrue();
        assertThat(r.breathDetection()).isFalse();
        assertThat(r.restingBpm()).isNull();
        assertThat(r.adherence().score()).as("unknown, not zero").isEmpty();
        assertThat(r.adherence().ledCycles()).isGreaterThan(20);
        assertThat(r.exercises()).hasSize(5).allSatisfy(e -> {
            assertThat(e.skipped()).isFalse();
            assertThat(e.sidesDone()).isEqualTo(e.sides());
            assertThat(e.doneS()).isCloseTo(e.plannedS(), within(0.3));
        });
        assertThat(r.durationS()).isCloseTo(DefaultRoutine.ROUTINE.plannedS() - 60, within(2.0));
        assertThat(r.startedAt()).isEqualTo(T0);
        assertThat(rec.of(SessionEvent.BreathReminder.class)).as("cannot hear, so never nags").isEmpty();
        // the glide ran on the clock from 12 a minute down to 6
        List<SessionEvent.PacerChanged> pacer = rec.of(SessionEvent.PacerChanged.class);
        assertThat(pacer.get(0).breathsPerMin()).isEqualTo(12);
        assertThat(pacer.get(pacer.size() - 1).breathsPerMin()).isCloseTo(6, within(1e-9));
        assertThat(rec.events.get(rec.events.size() - 1)).isInstanceOf(SessionEvent.Ended.class);
    }

    @Test
    void aPersonWhoFollowsThePacerIsMeasuredGlidedAndScored() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(shortRoutine(new BreathingBlock(BreathingPattern.DIAPHRAGMATIC, 180, true, 60)), true, rec);
        s.start(0, T0);
        // check-in: 10 s at 12 a minute
        double t = 0.5;
        for (; t < 10; t += 5) {
            breath(s, t, 2, 2.8, 12);
        }
        runTo(s, 0, 10.2);
        assertThat(rec.last(SessionEvent.RateChecked.class).breathsPerMin()).isCloseTo(12, within(0.01));
        // breathing: the simulated person starts each inhale 0.3 s after the pacer's
        int seen = rec.events.size();
        for (double now = 10.2; now < 200; now += 0.05) {
            s.tick(now);
            for (SessionEvent e : List.copyOf(rec.events.subList(seen, rec.events.size()))) {
                if (e instanceof SessionEvent.PacerChanged p && p.phase() == PacerPhase.INHALE) {
                    double period = 60 / p.breathsPerMin();
                    breath(s, p.atS() + 0.3, p.phaseS(), period - p.phaseS() - 0.5, p.breathsPerMin());
                }
            }
            seen = rec.events.size();
            if (s.view().step().kind() != StepKind.BREATHING) {
                break;
            }
        }
        List<SessionEvent.AdherenceJudged> judged = rec.of(SessionEvent.AdherenceJudged.class);
        assertThat(judged.size()).isGreaterThan(15);
        assertThat(judged.get(judged.size() - 1).block().score().getAsDouble()).isGreaterThanOrEqualTo(90);
        List<SessionEvent.PacerChanged> pacer = rec.of(SessionEvent.PacerChanged.class);
        assertThat(pacer.get(0).breathsPerMin()).isCloseTo(12, within(0.01));
        assertThat(pacer.get(pacer.size() - 1).breathsPerMin()).isCloseTo(6, within(0.01));
        assertThat(rec.of(SessionEvent.RateSampled.class)).isNotEmpty();
        s.end(s.view().stepLeftS() + 200);
        assertThat(s.report().timeAtTargetS()).isGreaterThan(60);
        assertThat(s.report().rateSamples()).isNotEmpty();
        assertThat(s.report().completed()).isFalse();
    }

    @Test
    void aMicrophoneCheckInDuringTheCheckInGivesTheRestingRateAndLaterOnlyAdvice() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(shortRoutine(BreathingBlock.DEFAULT), true, rec);
        s.start(0, T0);
        breath(s, 0.5, 2, 2.8, 12);
        s.calibrated(6, 10.0, 21.5, List.of());
        runTo(s, 6, 10.2);
        assertThat(rec.of(SessionEvent.MicrophoneChecked.class)).singleElement().satisfies(m -> {
            assertThat(m.message()).isEqualTo("The microphone hears your breath well (22 dB above the room).");
            assertThat(m.atS()).isEqualTo(6);
        });
        assertThat(rec.last(SessionEvent.RateChecked.class).breathsPerMin()).as("the check-in's rate, not the simple one").isEqualTo(10.0);
        s.calibrated(11, 14.0, 3, List.of("Move the microphone closer to your nose or mouth."));
        assertThat(rec.last(SessionEvent.MicrophoneChecked.class).message())
                .isEqualTo("Microphone check (your breath is 3 dB above the room): Move the microphone closer to your nose or mouth.");
        s.end(12);
        assertThat(s.report().restingBpm()).isEqualTo(10.0);
    }

    @Test
    void aRestingRateMeasuredBeforeTheSessionDoesTheCheckInAtOnceAndLeadsThePacer() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(shortRoutine(new BreathingBlock(BreathingPattern.DIAPHRAGMATIC, 180, true, 60)), true, rec)
                .restingRateMeasured(10.5);
        s.start(0, T0);
        assertThat(rec.names(0)).startsWith("Started", "StepStarted", "RateChecked", "StepStarted", "PacerChanged");
        SessionEvent.RateChecked checked = rec.last(SessionEvent.RateChecked.class);
        assertThat(checked.kind()).isEqualTo(StepKind.CHECK_IN);
        assertThat(checked.breathsPerMin()).isEqualTo(10.5);
        assertThat(checked.atS()).isEqualTo(0);
        assertThat(checked.message()).isEqualTo("Resting rate: 10.5 breaths a minute (from the check-in just before).");
        assertThat(rec.of(SessionEvent.StepStarted.class).get(0).note()).contains("measured at the check-in just now");
        assertThat(s.view().step().kind()).as("no 10 s check-in").isEqualTo(StepKind.BREATHING);
        assertThat(rec.last(SessionEvent.PacerChanged.class).breathsPerMin()).as("the glide starts at the measured rate")
                .isCloseTo(10.5, within(0.01));
        // Breaths heard at another rate in the first seconds do not replace the measured rate.
        breath(s, 0.5, 2, 2.8, 14);
        runTo(s, 0, 20);
        s.end(20);
        assertThat(s.report().restingBpm()).isEqualTo(10.5);
        assertThat(s.report().completed()).isFalse();
    }

    @Test
    void withoutAMeasuredRateTheCheckInRunsItsTimeAndGoingBackToItMeasuresAfresh() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(shortRoutine(BreathingBlock.DEFAULT), true, rec);
        s.start(0, T0);
        runTo(s, 0, 9.9);
        assertThat(s.view().step().kind()).isEqualTo(StepKind.CHECK_IN);
        assertThat(rec.of(SessionEvent.RateChecked.class)).isEmpty();
        runTo(s, 9.9, 10.2);
        assertThat(s.view().step().kind()).isEqualTo(StepKind.BREATHING);

        RecordingListener again = new RecordingListener();
        Session m = new Session(shortRoutine(BreathingBlock.DEFAULT), true, again).restingRateMeasured(11);
        m.start(0, T0);
        m.back(1); // within the breathing block's first seconds: back to the check-in, measured this time
        assertThat(m.view().step().kind()).isEqualTo(StepKind.CHECK_IN);
        for (double t = 1.5; t < 11; t += 5) {
            breath(m, t, 2, 2.8, 12);
        }
        runTo(m, 1, 11.2);
        assertThat(again.of(SessionEvent.RateChecked.class)).extracting(SessionEvent.RateChecked::breathsPerMin)
                .containsExactly(11.0, 12.0);
        m.end(12);
        assertThat(m.report().restingBpm()).isEqualTo(12.0);
    }

    @Test
    void aMeasuredRestingRateMustBeARateAndComeBeforeTheStart() {
        Session s = new Session(shortRoutine(BreathingBlock.DEFAULT), true, SessionListener.NONE);
        assertThatThrownBy(() -> s.restingRateMeasured(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.restingRateMeasured(0)).isInstanceOf(IllegalArgumentException.class);
        s.start(0, T0);
        assertThatThrownBy(() -> s.restingRateMeasured(12)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void ledBreathsWaitForALaggingDetectorBeforeBeingJudged() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(shortRoutine(new BreathingBlock(BreathingPattern.DIAPHRAGMATIC, 60, false, 0)), true, rec);
        s.start(0, T0);
        s.skip(0); // the breathing block starts at 0: breaths at 0, 10, 20, …
        runTo(s, 0, 30);
        assertThat(rec.of(SessionEvent.AdherenceJudged.class)).as("nothing reported yet: nothing judged").isEmpty();
        for (double t = 0.2; t < 30; t += 10) { // the detector's events arrive late, all at once
            breath(s, t, 3.9, 5.5, 6);
        }
        s.tick(30.1);
        List<SessionEvent.AdherenceJudged> judged = rec.of(SessionEvent.AdherenceJudged.class);
        assertThat(judged).hasSize(2).allSatisfy(a -> {
            assertThat(a.cycle().heard()).isTrue();
            assertThat(a.cycle().aligned()).isTrue();
        });
    }

    @Test
    void pausingDuringAHoldFreezesThePacerWhereItWas() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(shortRoutine(new BreathingBlock(BreathingPattern.BOX, 120, false, 0)), false, rec);
        s.start(0, T0);
        runTo(s, 0, 5); // check-in is instant without detection; box: in 0–4, hold 4–8
        assertThat(s.view().pacer().phase()).isEqualTo(PacerPhase.HOLD_IN);
        double left = s.view().pacer().secondsLeft();
        assertThat(s.pause(5)).isTrue();
        int mark = rec.events.size();
        runTo(s, 5, 65);
        assertThat(rec.events.size()).as("nothing happens while paused").isEqualTo(mark);
        assertThat(s.view().pacer().phase()).isEqualTo(PacerPhase.HOLD_IN);
        assertThat(s.view().pacer().secondsLeft()).isCloseTo(left, within(1e-9));
        assertThat(s.resume(65)).isTrue();
        runTo(s, 65, 69);
        SessionEvent.PacerChanged exhale = rec.last(SessionEvent.PacerChanged.class);
        assertThat(exhale.phase()).isEqualTo(PacerPhase.EXHALE);
        assertThat(exhale.atS()).isCloseTo(68, within(0.06));
        assertThat(rec.names(mark)).startsWith("Resumed", "PacerChanged");
        assertThat(s.resume(70)).as("not paused").isFalse();
    }

    @Test
    void skipAndBackMoveBetweenStepsAndAreRecorded() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(shortRoutine(BreathingBlock.DEFAULT), true, rec);
        s.start(0, T0);
        assertThat(s.skip(1)).isTrue();
        assertThat(s.view().step().id()).isEqualTo("breathing");
        assertThat(s.back(2)).isTrue(); // 1 s in: back to the check-in
        assertThat(s.view().step().id()).isEqualTo("check-in");
        s.skip(3);
        s.skip(4);
        assertThat(s.view().step().id()).isEqualTo("cat-cow");
        runTo(s, 4, 20);
        assertThat(s.back(20)).isTrue(); // 16 s in: start cat-cow again
        assertThat(rec.last(SessionEvent.WentBack.class)).extracting(SessionEvent.WentBack::fromId, SessionEvent.WentBack::toId)
                .containsExactly("cat-cow", "cat-cow");
        assertThat(s.view().rep()).isZero();
        s.skip(21);
        assertThat(rec.last(SessionEvent.ExerciseFinished.class).result().skipped()).isTrue();
        s.pause(22);
        s.skip(23); // skipping while paused stays paused
        assertThat(s.status()).isEqualTo(Session.Status.PAUSED);
        assertThat(s.view().step().id()).isEqualTo("closing-check");
        s.resume(24);
        runTo(s, 24, 40);
        SessionReport r = s.report();
        assertThat(r.completed()).isTrue();
        assertThat(r.exercises()).extracting(ExerciseResult::id, ExerciseResult::skipped)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cat-cow", true), org.assertj.core.groups.Tuple.tuple("prone-rotations", true));
        assertThat(rec.of(SessionEvent.StepSkipped.class)).extracting(SessionEvent.StepSkipped::stepId)
                .containsExactly("check-in", "check-in", "breathing", "cat-cow", "prone-rotations");
    }

    @Test
    void painPausesAtOnceShowsTheRedFlagsAndEasingShortensTheExercise() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(shortRoutine(BreathingBlock.DEFAULT), false, rec);
        s.start(0, T0);
        s.skip(0.1); // no detection: the check-in is over at once, so this skips the breathing
        s.skip(0.2); // to prone rotations: 5 reps a side, 6 s each, on the clock
        runTo(s, 0.2, 0.2 + 30 + 5 + 7); // side 1, the switch, one rep of side 2
        assertThat(s.view().side()).isEqualTo(2);
        assertThat(s.view().rep()).isEqualTo(1);
        int mark = rec.events.size();
        assertThat(s.reportPain(43, "twinge under the right shoulder blade")).isTrue();
        assertThat(rec.names(mark)).containsExactly("Paused", "PainReported");
        SessionEvent.PainReported pain = rec.last(SessionEvent.PainReported.class);
        assertThat(pain.stepId()).isEqualTo("prone-rotations");
        assertThat(pain.side()).isEqualTo(2);
        assertThat(pain.redFlags()).contains("sharp pain", "burning", "tingling");
        assertThat(pain.advice()).contains("stop").contains("ease off");
        runTo(s, 43, 80);
        assertThat(rec.events.size()).as("waits for a choice").isEqualTo(mark + 2);
        assertThat(s.resume(80)).as("a choice is needed, not resume").isFalse();
        assertThat(s.painChoice(81, PainChoice.EASE)).isTrue();
        assertThat(s.view().eased()).isTrue();
        assertThat(s.view().reps()).isEqualTo(3);
        runTo(s, 81, 110);
        ExerciseResult pr = rec.last(SessionEvent.ExerciseFinished.class).result();
        assertThat(pr.eased()).isTrue();
        assertThat(pr.skipped()).isFalse();
        assertThat(pr.repsDone()).isEqualTo(5 + 3);
        assertThat(s.painChoice(110, PainChoice.SKIP)).as("no pain waiting").isFalse();
        runTo(s, 110, 130);
        SessionReport r = s.report();
        assertThat(r.pains()).singleElement().satisfies(p -> {
            assertThat(p.stepId()).isEqualTo("prone-rotations");
            assertThat(p.side()).isEqualTo(2);
            assertThat(p.note()).isEqualTo("twinge under the right shoulder blade");
            assertThat(p.choice()).isEqualTo(PainChoice.EASE);
        });
    }

    @Test
    void painThenSkipOrEndAreRecordedWithTheExercise() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(shortRoutine(BreathingBlock.DEFAULT), false, rec);
        s.start(0, T0);
        s.skip(0.1);
        runTo(s, 0.1, 10); // cat-cow
        s.reportPain(10, "");
        s.painChoice(11, PainChoice.SKIP);
        assertThat(s.view().step().id()).isEqualTo("prone-rotations");
        assertThat(rec.of(SessionEvent.ExerciseFinished.class).get(0).result().skipped()).isTrue();
        runTo(s, 11, 15);
        s.reportPain(15, "sharp");
        s.painChoice(16, PainChoice.END);
        SessionReport r = s.report();
        assertThat(s.status()).isEqualTo(Session.Status.FINISHED);
        assertThat(r.completed()).isFalse();
        assertThat(r.pains()).extracting(PainReport::stepId, PainReport::side, PainReport::choice).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cat-cow", 0, PainChoice.SKIP),
                org.assertj.core.groups.Tuple.tuple("prone-rotations", 1, PainChoice.END));
        assertThat(r.exercises().get(1).skipped()).as("begun, then ended").isFalse();
        assertThat(r.exercises().get(1).doneS()).isCloseTo(4, within(0.1));
        assertThat(s.reportPain(20, "x")).isFalse();
    }

    @Test
    void aNoteWrittenWhileChoosingReplacesTheReportsNoteAndGoesOutWithTheChoice() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(shortRoutine(BreathingBlock.DEFAULT), false, rec);
        s.start(0, T0);
        s.skip(0.1);
        runTo(s, 0.1, 10); // cat-cow
        s.reportPain(10, "");
        assertThat(rec.last(SessionEvent.PainReported.class).note()).isEmpty();
        assertThat(s.painChoice(14, PainChoice.EASE, "  dull ache, left of the spine ")).isTrue();
        assertThat(rec.last(SessionEvent.PainHandled.class).note()).isEqualTo("dull ache, left of the spine");
        s.reportPain(15, "pinch");
        s.painChoice(16, PainChoice.SKIP, "   ");
        assertThat(rec.last(SessionEvent.PainHandled.class).note()).as("blank keeps the report's note").isEqualTo("pinch");
        s.reportPain(17, "tight");
        s.painChoice(18, PainChoice.END);
        assertThat(rec.last(SessionEvent.PainHandled.class).note()).isEqualTo("tight");
        assertThat(s.painChoice(19, PainChoice.END, "late")).as("no pain waiting").isFalse();
        assertThat(s.report().pains()).extracting(PainReport::note, PainReport::choice).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dull ache, left of the spine", PainChoice.EASE),
                org.assertj.core.groups.Tuple.tuple("pinch", PainChoice.SKIP),
                org.assertj.core.groups.Tuple.tuple("tight", PainChoice.END));
    }

    @Test
    void breathLedRepsFollowTheExhalesThenTheClockAndSilenceBringsAReminder() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(shortRoutine(BreathingBlock.DEFAULT), true, rec);
        s.start(0, T0);
        s.skip(0.1);
        s.skip(0.2); // cat-cow from 0.2: 8 reps, 8 s a rep on the clock
        for (double t = 1; t < 20; t += 5) { // exhales at 3.1, 8.1, 13.1, 18.1
            breath(s, t, 2, 2.5, 12);
        }
        runTo(s, 0.2, 20);
        List<SessionEvent.RepDone> reps = rec.of(SessionEvent.RepDone.class);
        assertThat(reps).extracting(SessionEvent.RepDone::byBreath).containsExactly(true, true, true, true);
        assertThat(reps).extracting(SessionEvent.RepDone::atS).satisfiesExactly(
                t -> assertThat(t).isCloseTo(3.3, within(1e-6)), t -> assertThat(t).isCloseTo(8.3, within(1e-6)),
                t -> assertThat(t).isCloseTo(13.3, within(1e-6)), t -> assertThat(t).isCloseTo(18.3, within(1e-6)));
        assertThat(rec.of(SessionEvent.BreathReminder.class)).isEmpty();
        // silence from 20.6: no signal after 10 s, so the clock counts reps again (8 s after the last)
        runTo(s, 20, 40);
        reps = rec.of(SessionEvent.RepDone.class);
        assertThat(reps.get(4).byBreath()).isFalse();
        assertThat(reps.get(4).atS()).isBetween(30.5, 31.0);
        SessionEvent.BreathReminder reminder = rec.of(SessionEvent.BreathReminder.class).get(0);
        assertThat(reminder.atS()).isBetween(35.0, 36.0);
        assertThat(reminder.message()).contains("breathe");
    }

    @Test
    void aTwoSidedExerciseSwitchesSidesAndRests() {
        RecordingListener rec = new RecordingListener();
        Session s = new Session(new Routine("sides", 10, BreathingBlock.DEFAULT, List.of(DefaultRoutine.SIDE_BENDS,
                DefaultRoutine.FOAM_ROLLING), 0), false, rec);
        s.start(0, T0);
        s.skip(0); // breathing
        runTo(s, 0, 70);
        List<SessionEvent.SideStarted> sides = rec.of(SessionEvent.SideStarted.class);
        assertThat(sides).extracting(SessionEvent.SideStarted::exerciseId, SessionEvent.SideStarted::side).containsExactly(
                org.assertj.core.groups.Tuple.tuple("side-bends", 1), org.assertj.core.groups.Tuple.tuple("side-bends", 2),
                org.assertj.core.groups.Tuple.tuple("foam-rolling", 1));
        assertThat(sides.get(1).atS()).as("30 s, then 5 s to change sides").isCloseTo(35, within(1e-6));
        assertThat(rec.of(SessionEvent.SidesSwitching.class)).singleElement()
                .satisfies(w -> assertThat(w.atS()).isCloseTo(30, within(1e-6)));
        assertThat(sides.get(2).atS()).isCloseTo(65, within(1e-6));
        runTo(s, 70, 200);
        assertThat(rec.of(SessionEvent.RestStarted.class)).singleElement().satisfies(r -> {
            assertThat(r.exerciseId()).isEqualTo("foam-rolling");
            assertThat(r.seconds()).isEqualTo(15);
        });
        assertThat(s.report().completed()).isTrue();
        assertThat(s.report().durationS()).isCloseTo(65 + 75, within(0.2));
    }
}
