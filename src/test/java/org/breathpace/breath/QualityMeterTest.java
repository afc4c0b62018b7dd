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
            q.frame(frame(1.0, 1e-6, 0), false, true, 512, 20);
        }
        assertThat(q.report(1).warnings()).contains(QualityWarning.CLIPPING);
        assertThat(q.report(1).clippedFraction()).isZero();
    }

    @Test
    void aVeryQuietInputIsReported() {
        QualityMeter q = new QualityMeter(FRAME_S);
        for (int i = 0; i < 31; i++) {
            q.frame(frame(0.001, 1e-10, 0), false, true, 512, 0);
        }
        assertThat(q.report(1).warnings()).containsExactly(QualityWarning.TOO_QUIET);
    }

    @Test
    void breathOverTheRoomGivesItsSnrAndNoBreathForFifteenSecondsIsReported() {
        QualityMeter q = new QualityMeter(FRAME_S);
        for (int i = 0; i < 100; i++) {
            boolean breath = i % 2 == 0;
            q.frame(frame(0.3, 1e-6, breath ? 1e-4 : 0), breath, true, 512, 0);
        }
        q.onset(1);
        SignalQuality s = q.report(3);
        assertThat(s.snrDb()).isBetween(19.0, 21.0);
        assertThat(s.warnings()).isEmpty();
        assertThat(q.report(17).warnings()).contains(QualityWarning.NO_BREATH);
    }

    /**
     * A real clip opened with a click that the room estimate took in during its warm-up (its room
     * stood 40 dB high for a few frames): the SNR must be that of the room once known, not the click's.
     */
    @Test
    void theRoomBeforeItIsKnownDoesNotCount() {
        QualityMeter q = new QualityMeter(FRAME_S);
        for (int i = 0; i < 10; i++) {
            q.frame(frame(0.9, 1e-2, 0), false, false, 512, 0);
        }
        for (int i = 0; i < 100; i++) {
            boolean breath = i % 2 == 0;
            q.frame(frame(0.3, 1e-6, breath ? 1e-4 : 0), breath, true, 512, 0);
        }
        q.onset(1);
        assertThat(q.total(3.5).snrDb()).isBetween(19.0, 21.0);
        assertThat(q.total(3.5).warnings()).isEmpty();
        assertThat(q.report(3.5).snrDb()).isBetween(19.0, 21.0);
    }
}
