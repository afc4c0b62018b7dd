package org.breathpace.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.breathpace.breath.BreathEvent;
import org.breathpace.breath.Phase;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.routine.BreathingBlock;
import org.breathpace.routine.DefaultRoutine;
import org.breathpace.routine.Routine;
import org.breathpace.routine.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real session, driven in simulated time, lands in a real SQLite history as it runs. */
class SessionSaverTest {
    private static final Instant T0 = Instant.parse("2026-01-05T07:30:00Z");

    @TempDir
    Path dir;

    private static Routine shortRoutine() {
        return new Routine("test", 10, BreathingBlock.DEFAULT,
                List.of(DefaultRoutine.CAT_COW, DefaultRoutine.PRONE_ROTATIONS), 10);
    }

    /**
     * Breathes at 10 a minute (2 s in, 3 s out, a breath every 6 s from time 0) between {@code from}
     * and {@code to}, each detector event delivered when it is emitted, ticking every 50 ms.
     */
    private static void breatheAndRun(Session s, double from, double to) {
        List<BreathEvent> events = new ArrayList<>();
        for (double b = 0; b <= to; b += 6) {
            events.add(new PhaseStarted(Phase.INHALE, b, b + 0.2));
            events.add(new PhaseEnded(Phase.INHALE, b, b + 2, b + 2.1));
            events.add(new PhaseStarted(Phase.EXHALE, b + 2.1, b + 2.3));
            events.add(new PhaseEnded(Phase.EXHALE, b + 2.1, b + 5, b + 5.1));
            events.add(new RateUpdated(10, 10, 0.9, b + 5.1));
        }
        for (int i = (int) Math.round(from * 20); i <= Math.round(to * 20); i++) {
            double t = i / 20.0;
            for (BreathEvent e : events) {
                if (e.emittedS() > t - 0.05 && e.emittedS() <= t && e.emittedS() > from) {
                    s.onBreath(e);
                }
            }
            s.tick(t);
        }
    }

    @Test
    void aSessionWithPainIsSavedWithItsRatesExercisesAndTheChoice() throws Exception {
        try (History history = History.open(dir, StoreOptions.defaults())) {
            SessionSaver saver = new SessionSaver(history, T0, RecorderListener.NONE);
            Session s = new Session(shortRoutine(), true, saver);
            s.start(0, T0);
            breatheAndRun(s, 0, 40);
            s.skip(40); // leave the breathing block for cat-cow
            breatheAndRun(s, 40, 50);
            s.reportPain(50, "pinch between the shoulder blades");
            s.painChoice(51, org.breathpace.routine.PainChoice.SKIP);
            breatheAndRun(s, 51, 2000);
            assertThat(s.status()).isEqualTo(Session.Status.FINISHED);
            saver.recorder().flush().get(10, TimeUnit.SECONDS);

            SessionRecord saved = history.store().orElseThrow().session(saver.id());
            SessionSummary sum = saved.summary();
            assertThat(sum.outcome()).isEqualTo(SessionOutcome.COMPLETED);
            assertThat(sum.routine()).isEqualTo("test");
            assertThat(sum.start()).isEqualTo(T0);
            assertThat(sum.end()).isEqualTo(T0.plusMillis(Math.round(s.report().endS() * 1000)));
            assertThat(sum.restingRate()).isCloseTo(10, within(0.01));
            assertThat(sum.adherence()).isNotNull();
            assertThat(saved.samples()).hasSizeGreaterThan(5)
                    .allSatisfy(r -> assertThat(r.breathsPerMin()).isCloseTo(10, within(0.01)));
            assertThat(saved.exercises()).extracting(ExerciseResult::exercise)
                    .containsExactly(DefaultRoutine.CAT_COW.name(), DefaultRoutine.PRONE_ROTATIONS.name());
            assertThat(saved.exercises().get(0).skipped()).isTrue();
            assertThat(saved.exercises().get(1).sidesPlanned()).isEqualTo(DefaultRoutine.PRONE_ROTATIONS.sides());
            assertThat(saved.pains()).singleElement().satisfies(p -> {
                assertThat(p.exercise()).isEqualTo(DefaultRoutine.CAT_COW.name());
                assertThat(p.choice()).isEqualTo(PainChoice.SKIP);
                assertThat(p.note()).isEqualTo("pinch between the shoulder blades");
                assertThat(p.atS()).isCloseTo(50, within(0.01));
            });
        }
    }

    @Test
    void aNoteWrittenWhileChoosingIsTheOneSaved() throws Exception {
        try (History history = History.open(dir, StoreOptions.defaults())) {
            SessionSaver saver = new SessionSaver(history, T0, RecorderListener.NONE);
            Session s = new Session(shortRoutine(), false, saver);
            s.start(0, T0);
            s.skip(1);
            s.tick(5);
            s.reportPain(5, ""); // a window reports first and asks for the words after
            s.painChoice(9, org.breathpace.routine.PainChoice.EASE, "  ache low on the left side ");
            s.reportPain(12, "pinch");
            s.painChoice(13, org.breathpace.routine.PainChoice.SKIP, " "); // blank keeps the report's note
            s.end(20);
            saver.recorder().flush().get(10, TimeUnit.SECONDS);
            SessionRecord saved = history.store().orElseThrow().session(saver.id());
            assertThat(saved.pains()).extracting(PainReport::note, PainReport::choice).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ache low on the left side", PainChoice.EASE),
                    org.assertj.core.groups.Tuple.tuple("pinch", PainChoice.SKIP));
        }
    }

    @Test
    void endingDuringAPainReportSavesItAsEndAndTheSessionAsInterrupted() throws Exception {
        try (History history = History.open(dir, StoreOptions.defaults())) {
            SessionSaver saver = new SessionSaver(history, T0, RecorderListener.NONE);
            Session s = new Session(shortRoutine(), false, saver);
            s.start(0, T0);
            s.skip(1);
            s.tick(5);
            s.reportPain(5, "");
            s.end(6);
            saver.recorder().flush().get(10, TimeUnit.SECONDS);
            SessionRecord saved = history.store().orElseThrow().session(saver.id());
            assertThat(saved.summary().outcome()).isEqualTo(SessionOutcome.INTERRUPTED);
            assertThat(saved.summary().restingRate()).as("nothing was listened to").isNull();
            assertThat(saved.summary().adherence()).as("unknown, not zero").isNull();
            assertThat(saved.pains()).singleElement().extracting(PainReport::choice).isEqualTo(PainChoice.END);
        }
    }
}
