package org.breathpace.breath;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualityMeterTest {
    static final double FRAME_S = 0.032;

    private static FrameFeatures frame(double peak, double noise, double excess) {
        FrameFeatures f = new FrameFeatures();
        f.peak = peak;
        f.noisePower = noise;
        f.excessPower = excess;
        return f;
    }

    @Test
    void clippedInputIsReported() {
        QualityMeter q = new QualityMeter(FRAME_S);
        for (int i = 0; i < 31; i++) {
            q.frame(frame(1.0, 1e-6, 0), false, 512, 20);
        }
        assertThat(q.report(1).warnings()).contains(QualityWarning.CLIPPING);
        assertThat(q.report(1).clippedFraction()).isZero();
    }

    @Test
    void aVeryQuietInputIsReported() {
        QualityMeter q = new QualityMeter(FRAME_S);
        for (int i = 0; i < 31; i++) {
            q.frame(frame(0.001, 1e-10, 0), false, 512, 0);
        }
        assertThat(q.report(1).warnings()).containsExactly(QualityWarning.TOO_QUIET);
    }

    @Test
    void breathOverTheRoomGivesItsSnrAndNoBreathForFifteenSecondsIsReported() {
        QualityMeter q = new QualityMeter(FRAME_S);
        for (int i = 0; i < 100; i++) {
            boolean breath = i % 2 == 0;
            q.frame(frame(0.3, 1e-6, breath ? 1e-4 : 0), breath, 512, 0);
        }
        q.onset(1);
        SignalQuality s = q.report(3);
        assertThat(s.snrDb()).isBetween(19.0, 21.0);
        assertThat(s.warnings()).isEmpty();
        assertThat(q.report(17).warnings()).contains(QualityWarning.NO_BREATH);
    }
}
