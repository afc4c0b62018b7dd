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
}
