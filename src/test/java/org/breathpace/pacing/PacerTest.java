package org.breathpace.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void diaphragmaticBreathingIsSixAMinuteWithALongerExhale() {
        assertThat(BreathingPattern.DIAPHRAGMATIC.breathsPerMin()).isEqualTo(6.0);
        assertThat(BreathingPattern.DIAPHRAGMATIC.exhaleS()).isGreaterThan(BreathingPattern.DIAPHRAGMATIC.inhaleS());
        assertThat(BreathingPattern.RESONANCE.breathsPerMin()).isCloseTo(5.5, within(0.01));
        assertThat(BreathingPattern.BOX.breathsPerMin()).isEqualTo(3.75);
        assertThat(BreathingPattern.preset("4-7-8").holdInS()).isEqualTo(7);
    }

    @Test
    void thePacerWalksThroughEveryPhaseOfABoxBreath() {
        Pacer p = new Pacer(BreathingPattern.BOX);
        assertThat(p.at(0).phase()).isEqualTo(PacerPhase.INHALE);
        assertThat(p.at(2).fullness()).isCloseTo(0.5, within(1e-9));
        assertThat(p.at(2).secondsLeft()).isCloseTo(2, within(1e-9));
        assertThat(p.at(5).phase()).isEqualTo(PacerPhase.HOLD_IN);
        assertThat(p.at(5).fullness()).isEqualTo(1);
        assertThat(p.at(9).phase()).isEqualTo(PacerPhase.EXHALE);
        assertThat(p.at(13).phase()).isEqualTo(PacerPhase.HOLD_OUT);
        assertThat(p.at(13).fullness()).isZero();
        assertThat(p.at(16.5).phase()).isEqualTo(PacerPhase.INHALE);
        assertThat(p.at(16.5).progress()).isCloseTo(0.125, within(1e-9));
    }

    @Test
    void aPatternWithoutHoldsSkipsThem() {
        Pacer p = new Pacer(BreathingPattern.DIAPHRAGMATIC);
        assertThat(p.at(3.99).phase()).isEqualTo(PacerPhase.INHALE);
        assertThat(p.at(4.01).phase()).isEqualTo(PacerPhase.EXHALE);
        assertThat(p.at(9.99).phase()).isEqualTo(PacerPhase.EXHALE);
        assertThat(p.at(10.01).phase()).isEqualTo(PacerPhase.INHALE);
    }

    @Test
    void scalingKeepsTheProportions() {
        BreathingPattern fast = BreathingPattern.DIAPHRAGMATIC.atRate(12);
        assertThat(fast.cycleS()).isCloseTo(5, within(1e-9));
        assertThat(fast.exhaleS() / fast.inhaleS()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void badPatternsSayWhatIsWrong() {
        assertThatThrownBy(() -> new BreathingPattern("x", 0.5, 0, 4, 0)).hasMessageContaining("inhale must be 1–20 seconds");
        assertThatThrownBy(() -> new BreathingPattern("x", 4, 25, 4, 0)).hasMessageContaining("hold after the inhale");
        assertThatThrownBy(() -> new BreathingPattern("x", 20, 20, 20, 0)).hasMessageContaining("outside 2–40 s");
    }
}
