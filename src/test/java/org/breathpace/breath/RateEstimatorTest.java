package org.breathpace.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateEstimatorTest {
    final RateEstimator rate = new RateEstimator();

    @Test
    void exhalesEveryFiveSecondsAreTwelveAMinute() {
        RateUpdated last = null;
        for (int i = 0; i < 6; i++) {
            RateUpdated r = rate.onset(Phase.EXHALE, i * 5.0, i * 5.0 + 0.2, 1);
            if (r != null) {
                last = r;
            }
        }
        assertThat(last.breathsPerMin()).isCloseTo(12, within(1e-9));
        assertThat(last.instantBreathsPerMin()).isCloseTo(12, within(1e-9));
        assertThat(last.confidence()).isGreaterThan(0.9);
    }

    @Test
    void inhaleAndExhaleAreOneBreathNotTwo() {
        RateUpdated last = null;
        for (int i = 0; i < 6; i++) {
            rate.onset(Phase.INHALE, i * 5.0, i * 5.0 + 0.2, 1);
            RateUpdated r = rate.onset(Phase.EXHALE, i * 5.0 + 2, i * 5.0 + 2.2, 1);
            if (r != null) {
                last = r;
            }
        }
        assertThat(last.breathsPerMin()).isCloseTo(12, within(1e-9));
    }

    @Test
    void aLongPauseClosesNoCycle() {
        rate.onset(Phase.EXHALE, 0, 0.2, 1);
        rate.onset(Phase.EXHALE, 5, 5.2, 1);
        rate.pause(40);
        assertThat(rate.onset(Phase.EXHALE, 40, 40.2, 1)).isNull();
        assertThat(rate.onset(Phase.EXHALE, 45, 45.2, 1).instantBreathsPerMin()).isCloseTo(12, within(1e-9));
    }

    @Test
    void irregularBreathingLowersConfidence() {
        double t = 0;
        RateUpdated last = null;
        double[] periods = {3, 7, 4, 8, 3, 6};
        for (double p : periods) {
            RateUpdated r = rate.onset(Phase.EXHALE, t, t + 0.2, 1);
            if (r != null) {
                last = r;
            }
            t += p;
        }
        assertThat(last.confidence()).isLessThan(0.8);
    }
}
