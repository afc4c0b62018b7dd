package org.breathpace.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryCollectorTest {

    private static BreathSummary collect(List<PhaseEnded> phases) {
        SummaryCollector c = new SummaryCollector();
        phases.forEach(c::onPhaseEnded);
        return c.summary(60, 16000);
    }

    private static PhaseEnded p(Phase phase, double start, double end) {
        return new PhaseEnded(phase, start, end, end + 0.1);
    }

    @Test
    void inhaleAndExhalePairsAreOneCycleEach() {
        List<PhaseEnded> phases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            phases.add(p(Phase.INHALE, i * 5.0, i * 5.0 + 1.8));
            phases.add(p(Phase.EXHALE, i * 5.0 + 2, i * 5.0 + 4.5));
        }
        BreathSummary s = collect(phases);
        assertThat(s.cycles()).hasSize(5);
        assertThat(s.breathsPerMin()).isCloseTo(12, within(1e-9));
        Cycle c = s.cycles().get(0);
        assertThat(c.startS()).isEqualTo(0);
        assertThat(c.inhaleS()).isCloseTo(1.8, within(1e-9));
        assertThat(c.exhaleS()).isCloseTo(2.5, within(1e-9));
        assertThat(c.periodS()).isCloseTo(5, within(1e-9));
    }

    @Test
    void exhalesAloneAreBreathsAndTheirInhaleIsUnknown() {
        List<PhaseEnded> phases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            phases.add(p(Phase.EXHALE, i * 4.0, i * 4.0 + 2));
        }
        BreathSummary s = collect(phases);
        assertThat(s.breathsPerMin()).isCloseTo(15, within(1e-9));
        assertThat(s.cycles().get(0).inhaleS()).isNull();
    }

    @Test
    void breathsFasterThanACycleCanBeAreCountedSoTheMissingRateCanBeExplained() {
        // Panting at 45/min: an inhale and an exhale every 1.33 s, too fast for a cycle (1.6 s).
        List<PhaseEnded> phases = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double t = i * 60.0 / 45;
            phases.add(p(Phase.INHALE, t, t + 0.5));
            phases.add(p(Phase.EXHALE, t + 0.6, t + 1.1));
        }
        BreathSummary s = collect(phases);
        assertThat(s.breathsPerMin()).isNull();
        assertThat(SummaryCollector.tooFastGaps(s.phases())).isEqualTo(9);
        assertThat(SummaryCollector.FASTEST_BREATHS_PER_MIN).isEqualTo(37);
    }

    @Test
    void calmBreathingHasNoGapTooFast() {
        List<PhaseEnded> phases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            phases.add(p(Phase.INHALE, i * 5, i * 5 + 1.5));
            phases.add(p(Phase.EXHALE, i * 5 + 2, i * 5 + 4));
        }
        assertThat(SummaryCollector.tooFastGaps(phases)).isZero();
    }

    @Test
    void fewerThanTwoCyclesGiveNoRate() {
        BreathSummary s = collect(List.of(p(Phase.EXHALE, 1, 3), p(Phase.EXHALE, 6, 8)));
        assertThat(s.cycles()).hasSize(1);
        assertThat(s.breathsPerMin()).isNull();
    }

    @Test
    void aPauseIsNotACycle() {
        List<PhaseEnded> phases = new ArrayList<>();
        for (double t : new double[] {0, 5, 10, 40, 45, 50}) {
            phases.add(p(Phase.EXHALE, t, t + 2));
        }
        BreathSummary s = collect(phases);
        assertThat(s.cycles()).hasSize(4);
        assertThat(s.breathsPerMin()).isCloseTo(12, within(1e-9));
    }

    @Test
    void aLongHoldAfterTheInhaleKeepsTheBreathTogether() {
        List<PhaseEnded> phases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double t = i * 16.0;
            phases.add(p(Phase.INHALE, t, t + 4));
            phases.add(p(Phase.EXHALE, t + 8, t + 12));
        }
        assertThat(collect(phases).breathsPerMin()).isCloseTo(3.75, within(1e-9));
    }

    @Test
    void twoExhalesTooCloseToBeBreathsBecomeInhaleAndExhale() {
        List<PhaseEnded> phases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double t = i * 5.0;
            phases.add(p(i == 3 ? Phase.EXHALE : Phase.INHALE, t, t + 1.5));
            phases.add(p(Phase.EXHALE, t + 2, t + 4));
        }
        BreathSummary s = collect(phases);
        assertThat(s.phases().get(6).phase()).isEqualTo(Phase.INHALE);
        assertThat(s.breathsPerMin()).isCloseTo(12, within(1e-9));
    }

    @Test
    void phasesStartingTooCloseForTheSamePhaseTakeTurns() {
        // Panting: a burst every 0.7 s; the stream labelled the last two alike.
        List<PhaseEnded> phases = new ArrayList<>();
        Phase[] given = {Phase.INHALE, Phase.EXHALE, Phase.INHALE, Phase.EXHALE, Phase.INHALE, Phase.EXHALE,
            Phase.EXHALE, Phase.INHALE};
        for (int i = 0; i < given.length; i++) {
            phases.add(p(given[i], 0.7 * i, 0.7 * i + 0.5));
        }
        List<PhaseEnded> out = collect(phases).phases();
        assertThat(out).hasSize(given.length);
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i).phase()).as("phase " + i).isEqualTo(i % 2 == 0 ? Phase.INHALE : Phase.EXHALE);
        }
    }

    @Test
    void phasesFarEnoughApartKeepTheirLabels() {
        // Exhales alone every 2 s (30 a minute) are breaths, not inhale and exhale taking turns.
        List<PhaseEnded> phases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            phases.add(p(Phase.EXHALE, 2.0 * i, 2.0 * i + 1));
        }
        assertThat(collect(phases).phases()).extracting(PhaseEnded::phase).containsOnly(Phase.EXHALE);
    }

    @Test
    void alternationLearntLateIsCarriedBackOverALeadInOfOneLabel() {
        // Alike bursts: the stream took the first three for inhales, then saw them take turns.
        double[] starts = {1.31, 3.68, 6.53, 8.83, 11.65, 13.95, 16.74, 18.98, 21.73, 24.03};
        List<PhaseEnded> phases = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            Phase given = i < 3 || i % 2 == 0 ? Phase.INHALE : Phase.EXHALE;
            phases.add(p(given, starts[i], starts[i] + (given == Phase.INHALE ? 1.36 : 1.7)));
        }
        List<PhaseEnded> out = collect(phases).phases();
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i).phase()).as("phase " + i).isEqualTo(i % 2 == 0 ? Phase.INHALE : Phase.EXHALE);
        }
        assertThat(collect(phases).breathsPerMin()).isCloseTo(60 / 5.0, within(0.3));
    }

    @Test
    void alternationIsNotCarriedBackOverPhasesThatAlreadyTookTurnsNorOverBreathsAtHalfThePace() {
        List<PhaseEnded> mixed = new ArrayList<>();
        Phase[] given = {Phase.INHALE, Phase.EXHALE, Phase.EXHALE, Phase.INHALE, Phase.EXHALE, Phase.INHALE,
            Phase.EXHALE, Phase.INHALE, Phase.EXHALE};
        for (int i = 0; i < given.length; i++) {
            mixed.add(p(given[i], 2.0 * i, 2.0 * i + 1));
        }
        assertThat(collect(mixed).phases()).extracting(PhaseEnded::phase).containsExactly(given);
        // Exhales alone every 5 s, then inhale and exhale both heard every 2.5 s: the early exhales stay.
        List<PhaseEnded> slow = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slow.add(p(Phase.EXHALE, 5.0 * i, 5.0 * i + 2));
        }
        for (int i = 0; i < 8; i++) {
            slow.add(p(i % 2 == 0 ? Phase.INHALE : Phase.EXHALE, 15 + 2.5 * i, 15 + 2.5 * i + 1.2));
        }
        assertThat(collect(slow).phases().subList(0, 3)).extracting(PhaseEnded::phase).containsOnly(Phase.EXHALE);
    }
}
