package org.breathpace.breath;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhaseLabellerTest {
    static final double[] WIND = {10, 8, 4, -2, -8, -12};
    static final double[] HISS = {-14, -8, -2, 4, 8, 12};

    final PhaseLabeller labeller = new PhaseLabeller();

    private Phase feed(double[] shape, double level, double duration, double startS) {
        Phase p = labeller.label(shape, level, true, startS);
        labeller.remember(shape, level, duration, startS, p);
        return p;
    }

    @Test
    void alternatingWindAndHissAreExhalesAndInhales() {
        double t = 0;
        for (int i = 0; i < 6; i++) {
            feed(HISS, -30, 1.5, t);
            feed(WIND, -20, 2.0, t + 1.7);
            t += 5;
        }
        assertThat(labeller.label(HISS, -30, true, t)).isEqualTo(Phase.INHALE);
        assertThat(labeller.label(WIND, -20, true, t + 1.7)).isEqualTo(Phase.EXHALE);
        assertThat(labeller.label(HISS, -30, false, t)).as("at onset, from shape alone").isEqualTo(Phase.INHALE);
    }

    @Test
    void anOnsetBetweenTheTwoGroupsTakesItsTurn() {
        // A hiss whose first frames also hold the low tail of a word: its shape lies midway
        // between wind and hiss. After an exhale it is the inhale's turn, after an inhale the exhale's.
        double[] mixed = new double[WIND.length];
        for (int b = 0; b < mixed.length; b++) {
            mixed[b] = 0.45 * WIND[b] + 0.55 * HISS[b];
        }
        double t = 0;
        for (int i = 0; i < 6; i++) {
            feed(HISS, -30, 1.5, t);
            feed(WIND, -20, 2.0, t + 1.7);
            t += 5;
        }
        assertThat(labeller.label(mixed, -30, false, t)).as("after an exhale").isEqualTo(Phase.INHALE);
        feed(HISS, -30, 1.5, t);
        assertThat(labeller.label(mixed, -30, false, t + 1.7)).as("after an inhale").isEqualTo(Phase.EXHALE);
        // a shape clearly nearer one group keeps that group's label whatever came before
        double[] windish = new double[WIND.length];
        for (int b = 0; b < windish.length; b++) {
            windish[b] = 0.8 * WIND[b] + 0.2 * HISS[b];
        }
        assertThat(labeller.label(windish, -20, false, t + 1.7)).isEqualTo(Phase.EXHALE);
        feed(WIND, -20, 2.0, t + 1.7);
        assertThat(labeller.label(windish, -20, false, t + 5)).isEqualTo(Phase.EXHALE);
    }

    @Test
    void whenInhalesAreLouderTheShapeStillDecides() {
        double t = 0;
        for (int i = 0; i < 6; i++) {
            feed(HISS, -18, 1.5, t);
            feed(WIND, -22, 2.0, t + 1.7);
            t += 5;
        }
        assertThat(labeller.label(WIND, -22, true, t)).isEqualTo(Phase.EXHALE);
        assertThat(labeller.label(HISS, -18, true, t)).isEqualTo(Phase.INHALE);
    }

    @Test
    void aBurstRightAfterAShortOneTakesItsTurnAfterIt() {
        // Fast shallow breathing (a real clip): exhale, a short inhale (too short to be kept as
        // evidence of shape), then the next exhale 1.7 s after the first. It follows the inhale
        // closely, so it is the exhale, not a second inhale (which would merge the three).
        assertThat(feed(WIND, -20, 0.5, 0)).isEqualTo(Phase.EXHALE);
        assertThat(feed(HISS, -35, 0.22, 0.9)).isEqualTo(Phase.INHALE);
        assertThat(labeller.label(WIND, -20, true, 1.7)).isEqualTo(Phase.EXHALE);
    }

    @Test
    void oneKindOfBurstAtBreathingPaceIsExhalesOnly() {
        for (int i = 0; i < 8; i++) {
            assertThat(feed(WIND, -20, 2.0, i * 5.0)).isEqualTo(Phase.EXHALE);
        }
    }

    @Test
    void oneKindOfBurstFasterThanAnyoneBreathesTakesTurns() {
        Phase last = null;
        int changes = 0;
        for (int i = 0; i < 10; i++) {
            Phase p = feed(WIND, -20, 1.0, i * 1.3);
            if (last != null && p != last) {
                changes++;
            }
            last = p;
        }
        assertThat(changes).isGreaterThanOrEqualTo(6);
    }

    @Test
    void alikeBurstsThatTakeTurnsInLengthAndPauseAreInhaleAndExhale() {
        // Both phases a bright hiss at about the same level (noise suppression stripped the wind):
        // the inhale is shorter and followed by a shorter pause than the exhale.
        java.util.Random rnd = new java.util.Random(7);
        double t = 0;
        Phase[] seen = new Phase[20];
        for (int i = 0; i < 10; i++) {
            double level = -30 + rnd.nextGaussian();
            seen[2 * i] = feed(HISS, level - 1, 1.35 * (1 + 0.05 * rnd.nextGaussian()), t);
            seen[2 * i + 1] = feed(HISS, level, 1.7 * (1 + 0.05 * rnd.nextGaussian()), t + 2.25);
            t += 5;
        }
        for (int i = 12; i < 20; i++) {
            assertThat(seen[i]).as("burst " + i).isEqualTo(i % 2 == 0 ? Phase.INHALE : Phase.EXHALE);
        }
    }

    @Test
    void alikeBurstsThatDoNotTakeTurnsStayOneBreathEach() {
        // Exhales only, their level, length and pace wandering at random: no turns.
        java.util.Random rnd = new java.util.Random(11);
        double t = 0;
        for (int i = 0; i < 20; i++) {
            Phase p = feed(HISS, -30 + 1.5 * rnd.nextGaussian(), 1.7 * (1 + 0.1 * rnd.nextGaussian()), t);
            if (i >= 3) { // the first few are judged before any group can be formed
                assertThat(p).as("burst " + i).isEqualTo(Phase.EXHALE);
            }
            t += 2.5 * (1 + 0.1 * rnd.nextGaussian());
        }
    }
}
