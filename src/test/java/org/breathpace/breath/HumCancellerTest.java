package org.breathpace.breath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HumCancellerTest {
    /** The detector's frames at 44.1 kHz input: 512 samples at 14.7 kHz. */
    static final int SIZE = 512;
    static final double RATE = 14700;

    /** Mains hum with four harmonics, peak amplitude about {@code level}. */
    private static double hum(double hz, long i, double rate, double level) {
        double[] h = {1, 0.6, 0.4, 0.25, 0.15};
        double v = 0;
        for (int k = 0; k < h.length; k++) {
            v += h[k] * Math.sin(2 * Math.PI * hz * (k + 1) * i / rate + k);
        }
        return level * v;
    }

    private static double meanSquare(float[] x) {
        double s = 0;
        for (float v : x) {
            s += (double) v * v;
        }
        return s / x.length;
    }

    private static double db(double ratio) {
        return 10 * Math.log10(ratio);
    }

    /** Fills a frame with hum plus white noise and returns the noise's own mean square. */
    private static double frame(float[] x, long start, double hz, double rate, double humLevel, double noiseRms, Random r) {
        double noise = 0;
        for (int i = 0; i < x.length; i++) {
            double n = r.nextGaussian() * noiseRms;
            noise += n * n;
            x[i] = (float) (hum(hz, start + i, rate, humLevel) + n);
        }
        return noise / x.length;
    }

    @Test
    void steadyHumIsFoundWithinHalfASecondAndTakenOutDownToTheNoise() {
        HumCanceller c = new HumCanceller(SIZE, RATE);
        Random r = new Random(1);
        float[] x = new float[SIZE];
        int engagedAt = -1;
        for (int f = 0; f < 120; f++) {
            double noise = frame(x, (long) f * SIZE, 50, RATE, 0.1, 0.001, r);
            c.filter(x);
            if (engagedAt < 0 && c.engagedHz() > 0) {
                engagedAt = f;
            }
            if (f >= 60) {
                // the hum (about -23 dBFS) is gone; what is left is the noise (-60 dBFS), within 1.5 dB
                assertThat(db(meanSquare(x) / noise)).as("frame " + f).isBetween(-0.5, 1.5);
            }
        }
        assertThat(c.engagedHz()).isEqualTo(50);
        assertThat(engagedAt * SIZE / RATE).isBetween(0.45, 0.7);
    }

    /** 60 Hz at 16 kHz is 266.7 samples a period: the comb, rounded to 267, still takes it out. */
    @Test
    void sixtyHertzHumAtSixteenKilohertzIsTakenOutThoughItsPeriodIsNotWhole() {
        HumCanceller c = new HumCanceller(SIZE, 16000);
        Random r = new Random(2);
        float[] x = new float[SIZE];
        double before = 0;
        double after = 0;
        for (int f = 0; f < 150; f++) {
            frame(x, (long) f * SIZE, 60, 16000, 0.1, 0.0003, r);
            if (f >= 100) {
                before += meanSquare(x);
            }
            c.filter(x);
            if (f >= 100) {
                after += meanSquare(x);
            }
        }
        assertThat(c.engagedHz()).isEqualTo(60);
        assertThat(db(after / before)).isLessThan(-30);
    }

    @Test
    void noiseAloneIsNeverTakenForHumAndPassesUntouched() {
        HumCanceller c = new HumCanceller(SIZE, RATE);
        Random r = new Random(3);
        float[] x = new float[SIZE];
        for (int f = 0; f < 2000; f++) {
            for (int i = 0; i < SIZE; i++) {
                // a room's noise that swells and falls like breathing, 4 s a cycle
                x[i] = (float) (r.nextGaussian() * 0.01 * (1.2 + Math.sin(2 * Math.PI * (f * SIZE + i) / (4 * RATE))));
            }
            float[] copy = x.clone();
            c.filter(x);
            assertThat(x).isEqualTo(copy);
        }
        assertThat(c.engagedHz()).isZero();
    }

    /** Held notes of a chord (equal temperament, A = 440 Hz): periodic, but not at the mains period. */
    @Test
    void aHeldChordIsNotTakenForHum() {
        HumCanceller c = new HumCanceller(SIZE, RATE);
        double[] notes = {220, 277.18, 329.63, 440};
        float[] x = new float[SIZE];
        for (int f = 0; f < 600; f++) {
            for (int i = 0; i < SIZE; i++) {
                long n = (long) f * SIZE + i;
                double v = 0;
                for (double hz : notes) {
                    v += 0.05 * Math.sin(2 * Math.PI * hz * n / RATE);
                }
                x[i] = (float) v;
            }
            c.filter(x);
        }
        assertThat(c.engagedHz()).isZero();
    }

    /**
     * Breaths louder than the hum, one after the other with short gaps (a second of hum in a row
     * never comes): the hum is still found; and the gap right after a breath holds no ring of the
     * breath, because the hum's waveform is not learnt from it.
     */
    @Test
    void humBetweenBreathsIsFoundAndTheGapAfterABreathStaysQuiet() {
        HumCanceller c = new HumCanceller(SIZE, RATE);
        Random r = new Random(4);
        float[] x = new float[SIZE];
        int cycle = 40; // frames: 1.4 s
        double gapAfter = 0;
        int gaps = 0;
        for (int f = 0; f < 1200; f++) {
            boolean breath = f % cycle < 30;
            double noise = frame(x, (long) f * SIZE, 50, RATE, 0.03, breath ? 0.1 : 0.0003, r);
            c.filter(x);
            if (f > 600 && f % cycle == 30) {
                // the first frame of the gap: the breath (-20 dBFS) stopped a frame ago
                gapAfter += meanSquare(x) / noise;
                gaps++;
            }
        }
        assertThat(c.engagedHz()).isEqualTo(50);
        assertThat(db(gapAfter / gaps)).as("the gap over its own noise").isLessThan(3);
    }

    /**
     * Mains a little off 50 Hz (49.97 Hz: the comb's waveform has to follow a phase that slips),
     * with breaths that hide the hum for two seconds at a time: between them, what is left of the
     * hum stays 25 dB or more under it.
     */
    @Test
    void driftingMainsAreFollowed() {
        HumCanceller c = new HumCanceller(SIZE, RATE);
        Random r = new Random(5);
        float[] x = new float[SIZE];
        double left = 0;
        int n = 0;
        for (int f = 0; f < 3000; f++) {
            boolean breath = f % 100 < 60;
            frame(x, (long) f * SIZE, 49.97, RATE, 0.03, breath ? 0.05 : 0.0003, r);
            c.filter(x);
            if (f > 1000 && !breath && f % 100 > 70) {
                left += meanSquare(x);
                n++;
            }
        }
        double humPower = 0.03 * 0.03 * (1 + 0.36 + 0.16 + 0.0625 + 0.0225) / 2;
        assertThat(c.engagedHz()).isEqualTo(50);
        assertThat(db(left / n / humPower)).as("what is left between breaths, under the hum").isLessThan(-25);
    }

    /** The comb spans whole samples: one cycle where that is whole, else the fewest cycles that are. */
    @Test
    void theCombSpansTheFewestMainsCyclesThatAreWholeSamples() {
        assertThat(HumCanceller.combLength(14700, 50)).isEqualTo(294);
        assertThat(HumCanceller.combLength(14700, 60)).isEqualTo(245);
        assertThat(HumCanceller.combLength(16000, 50)).isEqualTo(320);
        assertThat(HumCanceller.combLength(16000, 60)).isEqualTo(800);
        assertThat(HumCanceller.combLength(11025, 50)).isEqualTo(441);
        assertThat(HumCanceller.combLength(11025, 60)).isEqualTo(735);
        assertThat(HumCanceller.combLength(8000, 60)).isEqualTo(400);
    }

    @Test
    void itLearnsOnlyFromFramesOfLittleButTheHum() {
        assertThat(HumCanceller.learnsFrom(1.1, 0.1, 1)).isTrue();   // hum and a quiet room
        assertThat(HumCanceller.learnsFrom(1.1, 0.9, 1)).isTrue();   // the same, the mains drifted
        assertThat(HumCanceller.learnsFrom(3.0, 2.0, 1)).isFalse();  // a breath over the hum
        assertThat(HumCanceller.learnsFrom(1.5, 0.5, 1)).isFalse();  // a breath as loud as half the hum
    }
}
