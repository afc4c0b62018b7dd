package org.breathpace.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.breathpace.breath.Phase;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.junit.jupiter.api.Test;

/** Adherence on hand-made detector events, in simulated time. */
class AdherenceTrackerTest {
    private static final BreathingPattern SIX = BreathingPattern.DIAPHRAGMATIC; // 4 in, 6 out

    /** A person breathing {@code n} breaths: inhale at start+k·period for inS, exhale after for exS. */
    private static void breathe(AdherenceTracker t, double startS, double periodS, double inS, double exS, int n, boolean inhales) {
        for (int k = 0; k < n; k++) {
            double s = startS + k * periodS;
            if (inhales) {
                t.onPhaseStarted(new PhaseStarted(Phase.INHALE, s, s + 0.2));
                t.onPhaseEnded(new PhaseEnded(Phase.INHALE, s, s + inS, s + inS + 0.2));
            }
            double e = s + inS;
            t.onPhaseStarted(new PhaseStarted(Phase.EXHALE, e, e + 0.2));
            t.onPhaseEnded(new PhaseEnded(Phase.EXHALE, e, e + exS, e + exS + 0.2));
        }
    }

    private static void lead(AdherenceTracker t, BreathingPattern p, int n) {
        for (int k = 0; k < n; k++) {
            t.onPacedCycle(new PacedCycle(k, k * p.cycleS(), p));
        }
    }

    @Test
    void theToleranceIsStatedAndScalesWithTheBreath() {
        assertThat(AdherenceTracker.toleranceS(new PacedCycle(0, 0, SIX))).isCloseTo(1.5, within(1e-9));
        assertThat(AdherenceTracker.toleranceS(new PacedCycle(0, 0, SIX.atRate(20)))).isEqualTo(0.8);
    }

    @Test
    void breathingWithThePacerScoresFullWithinTheTolerance() {
        AdherenceTracker t = new AdherenceTracker();
        lead(t, SIX, 10);
        breathe(t, 0.6, 10, 4.3, 5.5, 10, true); // 0.6 s late, within ±1.5 s
        List<CycleAdherence> judged = t.judgeUpTo(200);
        assertThat(judged).hasSize(10).allSatisfy(a -> {
            assertThat(a.heard()).isTrue();
            assertThat(a.aligned()).isTrue();
            assertThat(a.inhaleOffsetS()).isCloseTo(0.6, within(1e-9));
            assertThat(a.exhaleOffsetS()).isCloseTo(0.9, within(1e-9));
        });
        assertThat(judged.subList(1, 10)).allSatisfy(a -> {
            assertThat(a.detectedBpm()).isCloseTo(6, within(1e-9));
            assertThat(a.cue()).isEqualTo(AdherenceCue.IN_TIME);
        });
        assertThat(t.summary().score().getAsDouble()).isEqualTo(100);
        assertThat(t.summary().meanRateDeviation()).isCloseTo(0, within(1e-9));
    }

    @Test
    void onsetsOutsideTheToleranceAreNotAligned() {
        AdherenceTracker t = new AdherenceTracker();
        lead(t, SIX, 6);
        breathe(t, 2.0, 10, 4, 5.5, 6, true); // 2 s late
        assertThat(t.judgeUpTo(200)).allSatisfy(a -> assertThat(a.aligned()).isFalse());
        assertThat(t.summary().score().getAsDouble()).isZero();
    }

    @Test
    void breathingTwiceAsFastGetsSlowDownAndTheRateDeviation() {
        AdherenceTracker t = new AdherenceTracker();
        lead(t, SIX, 6);
        breathe(t, 0, 5, 2, 3, 12, true);
        List<CycleAdherence> judged = t.judgeUpTo(200);
        assertThat(judged.subList(1, 6)).allSatisfy(a -> {
            assertThat(a.cue()).isEqualTo(AdherenceCue.SLOW_DOWN);
            assertThat(a.rateDeviationBpm()).isCloseTo(6, within(1e-9));
        });
    }

    @Test
    void aShortExhaleGetsExhaleLonger() {
        AdherenceTracker t = new AdherenceTracker();
        lead(t, SIX, 5);
        breathe(t, 0, 10, 4, 2.5, 5, true);
        assertThat(t.judgeUpTo(200).subList(1, 5)).allSatisfy(a -> {
            assertThat(a.aligned()).isTrue();
            assertThat(a.cue()).isEqualTo(AdherenceCue.EXHALE_LONGER);
        });
    }

    @Test
    void anEarlyExhaleGetsHoldAMomentAndAnEarlyInhaleGetsWait() {
        AdherenceTracker early = new AdherenceTracker();
        lead(early, SIX, 4);
        breathe(early, 0, 10, 2, 6, 4, true);
        assertThat(early.judgeUpTo(200).get(2).cue()).isEqualTo(AdherenceCue.HOLD_A_MOMENT);
        AdherenceTracker eager = new AdherenceTracker();
        lead(eager, SIX, 4);
        breathe(eager, -1.7 + 10, 10, 5.7, 4.5, 3, true); // inhale 1.7 s early, exhale on time
        assertThat(eager.judgeUpTo(200).get(2).cue()).isEqualTo(AdherenceCue.WAIT_FOR_INHALE);
    }

    @Test
    void withSilentInhalesTheExhaleAloneDecides() {
        AdherenceTracker t = new AdherenceTracker();
        lead(t, SIX, 5);
        breathe(t, 0.3, 10, 4, 5.5, 5, false);
        assertThat(t.judgeUpTo(200)).allSatisfy(a -> {
            assertThat(a.aligned()).isTrue();
            assertThat(a.inhaleOffsetS()).isNull();
        });
    }

    @Test
    void withNothingHeardAdherenceIsUnknownNotZero() {
        AdherenceTracker t = new AdherenceTracker();
        lead(t, SIX, 10);
        List<CycleAdherence> judged = t.judgeUpTo(200);
        assertThat(judged).hasSize(10).allSatisfy(a -> {
            assertThat(a.heard()).isFalse();
            assertThat(a.cue()).isNull();
        });
        assertThat(t.summary().score()).isEmpty();
        assertThat(t.summary().known()).isFalse();
        assertThat(t.summary().ledCycles()).isEqualTo(10);
    }

    @Test
    void breathsAreJudgedOnlyOnceTheDetectorHasHadTimeToReport() {
        AdherenceTracker t = new AdherenceTracker();
        lead(t, SIX, 3);
        assertThat(t.judgeUpTo(10 + AdherenceTracker.SETTLE_S - 0.01)).isEmpty();
        assertThat(t.judgeUpTo(10 + AdherenceTracker.SETTLE_S)).hasSize(1);
        assertThat(t.judgeUpTo(10 + AdherenceTracker.SETTLE_S)).isEmpty();
        t.dropPending();
        assertThat(t.judgeUpTo(1000)).isEmpty();
    }
}
