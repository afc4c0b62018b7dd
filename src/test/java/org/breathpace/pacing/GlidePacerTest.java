package org.breathpace.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GlidePacerTest {

    /** Walks the pacer in 0.1 s steps to {@code untilS}, feeding the person's rate each step; returns the breaths led. */
    private static List<PacedCycle> walk(GlidePacer p, double fromS, double untilS, double personBpm) {
        List<PacedCycle> cycles = new ArrayList<>();
        for (double t = fromS; t <= untilS; t += 0.1) {
            if (!Double.isNaN(personBpm)) {
                p.onDetectedRate(personBpm, t);
            }
            p.at(t);
            if (cycles.isEmpty() || cycles.get(cycles.size() - 1).index() != p.cycle().index()) {
                cycles.add(p.cycle());
            }
        }
        return cycles;
    }

    @Test
    void withoutDetectionItGlidesOnTheClockFromRestToTargetKeepingTheRatio() {
        GlidePacer p = new GlidePacer(BreathingPattern.DIAPHRAGMATIC, 12, 120);
        assertThat(p.at(0).breathsPerMin()).isCloseTo(12, within(1e-9));
        List<PacedCycle> cycles = walk(p, 0, 240, Double.NaN);
        for (int i = 1; i < cycles.size(); i++) {
            PacedCycle c = cycles.get(i);
            assertThat(c.startS()).as("breaths follow each other").isCloseTo(cycles.get(i - 1).endS(), within(1e-9));
            assertThat(c.breathsPerMin()).as("never speeds up").isLessThanOrEqualTo(cycles.get(i - 1).breathsPerMin() + 1e-9);
            assertThat(c.pattern().exhaleS() / c.pattern().inhaleS()).isCloseTo(1.5, within(1e-9));
        }
        PacedCycle reached = cycles.stream().filter(c -> c.breathsPerMin() <= 6 + 1e-9).findFirst().orElseThrow();
        assertThat(reached.startS()).isBetween(110.0, 135.0);
        assertThat(cycles.get(cycles.size() - 1).breathsPerMin()).isCloseTo(6, within(1e-9));
        assertThat(p.glideFraction()).isEqualTo(1);
        assertThat(p.pausedBreaths()).isZero();
    }

    @Test
    void theGlidePausesWhileThePersonDoesNotFollow() {
        GlidePacer p = new GlidePacer(BreathingPattern.DIAPHRAGMATIC, 12, 120);
        List<PacedCycle> cycles = walk(p, 0, 240, 12);
        double slowest = cycles.get(cycles.size() - 1).breathsPerMin();
        assertThat(slowest).as("holds back near where they can still follow").isBetween(10.0, 11.2);
        assertThat(p.following()).isFalse();
        assertThat(p.pausedBreaths()).isGreaterThan(20);
        // once they slow down, the glide goes on from where it paused
        walk(p, 240.1, 480, 6.0);
        assertThat(p.cycle().breathsPerMin()).isCloseTo(6, within(1e-9));
    }

    @Test
    void itNeverLeadsFasterThanThePersonBreathesNorBelowTheTarget() {
        GlidePacer p = new GlidePacer(BreathingPattern.DIAPHRAGMATIC, 12, 120);
        List<PacedCycle> cycles = walk(p, 0, 30, 8);
        assertThat(cycles.get(0).breathsPerMin()).isEqualTo(12);
        assertThat(cycles.get(1).breathsPerMin()).as("drops to their pace at once").isCloseTo(8, within(1e-9));
        assertThat(cycles.subList(1, cycles.size())).allSatisfy(c -> assertThat(c.breathsPerMin()).isLessThanOrEqualTo(8));
        walk(p, 30.1, 60, 4);
        assertThat(p.cycle().breathsPerMin()).isCloseTo(6, within(1e-9));
    }

    @Test
    void aPersonAlreadySlowerThanTheTargetIsLedAtTheirOwnPace() {
        GlidePacer p = new GlidePacer(BreathingPattern.DIAPHRAGMATIC, 5, 60);
        List<PacedCycle> cycles = walk(p, 0, 120, Double.NaN);
        assertThat(cycles).allSatisfy(c -> assertThat(c.breathsPerMin()).isCloseTo(5, within(1e-9)));
    }

    @Test
    void aRestingRateOutsideWhatThePatternAllowsIsClamped() {
        GlidePacer p = new GlidePacer(BreathingPattern.DIAPHRAGMATIC, 40, 60);
        assertThat(p.cycle().pattern().inhaleS()).isGreaterThanOrEqualTo(1);
        assertThat(p.at(0).breathsPerMin()).isLessThanOrEqualTo(24);
    }

    @Test
    void theShapeMovesSmoothlyAcrossBreathsOfDifferentLengths() {
        GlidePacer p = new GlidePacer(BreathingPattern.BOX, 12, 60);
        double previous = p.at(0).fullness();
        for (double t = 0.05; t < 120; t += 0.05) {
            double f = p.at(t).fullness();
            assertThat(Math.abs(f - previous)).as("at %.2f s", t).isLessThan(0.2);
            previous = f;
        }
    }

    @Test
    void aFixedPacerIsThePatternItself() {
        GlidePacer p = GlidePacer.fixed(BreathingPattern.FOUR_SEVEN_EIGHT);
        Pacer plain = new Pacer(BreathingPattern.FOUR_SEVEN_EIGHT);
        for (double t = 0; t < 100; t += 0.37) {
            assertThat(p.at(t).phase()).isEqualTo(plain.at(t).phase());
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetGlidesFromRestInItsOwnProportionsThroughItsPhasesInOrder(BreathingPattern pattern) {
        GlidePacer p = new GlidePacer(pattern, 14, 90);
        List<PacerPhase> order = new ArrayList<>();
        PacerPhase last = null;
        for (double t = 0; t < 300; t += 0.05) {
            PacerState s = p.at(t);
            PacedCycle c = p.cycle();
            assertThat(c.pattern().inhaleS() / c.pattern().exhaleS()).isCloseTo(pattern.inhaleS() / pattern.exhaleS(), within(1e-9));
            assertThat(s.secondsLeft()).isBetween(0.0, 20.0);
            if (s.phase() != last) {
                order.add(s.phase());
                last = s.phase();
            }
        }
        List<PacerPhase> expected = new ArrayList<>(List.of(PacerPhase.INHALE));
        if (pattern.holdInS() > 0) {
            expected.add(PacerPhase.HOLD_IN);
        }
        expected.add(PacerPhase.EXHALE);
        if (pattern.holdOutS() > 0) {
            expected.add(PacerPhase.HOLD_OUT);
        }
        for (int i = 0; i < order.size(); i++) {
            assertThat(order.get(i)).as("phase %d", i).isEqualTo(expected.get(i % expected.size()));
        }
        assertThat(p.cycle().breathsPerMin()).isCloseTo(pattern.breathsPerMin(), within(1e-9));
    }

    static List<BreathingPattern> presets() {
        List<BreathingPattern> all = new ArrayList<>(BreathingPattern.PRESETS);
        all.add(new BreathingPattern("custom", 3, 1, 7, 2));
        return all;
    }

    @Test
    void timeCannotGoBackwards() {
        GlidePacer p = GlidePacer.fixed(BreathingPattern.BOX);
        p.at(10);
        assertThatThrownBy(() -> p.at(9)).hasMessageContaining("backwards");
    }
}
