package org.breathpace.breath;

import java.util.Random;

/** Synthetic test signals (seeded, so every run sees the same samples). */
final class Signals {
    private Signals() {
    }

    static float[] noise(int n, double rms, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (r.nextGaussian() * rms);
        }
        return x;
    }

    static float[] tone(int n, double hz, double amp, double rate) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (amp * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return x;
    }

    /** A harmonic series (a sung vowel, roughly) at {@code f0}. */
    static float[] voice(int n, double f0, double amp, double rate) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double v = 0;
            for (int k = 1; k * f0 < 3500; k++) {
                v += Math.sin(2 * Math.PI * k * f0 * i / rate) / k;
            }
            x[i] = (float) (amp * v);
        }
        return x;
    }

    /**
     * A held chord of close low notes (a major triad on {@code root}, each note with six harmonics
     * falling as 1/k and a slight vibrato): its partials lie closer than a frame's bins resolve, so
     * they beat and blur rather than stand as clean peaks.
     */
    static float[] chord(int n, double root, double amp, double rate) {
        double[] notes = {root, root * Math.pow(2, 4 / 12.0), root * Math.pow(2, 7 / 12.0)};
        double[] phase = new double[3];
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double vibrato = 1 + 0.004 * Math.sin(2 * Math.PI * 5 * i / rate);
            double v = 0;
            for (int j = 0; j < 3; j++) {
                phase[j] += 2 * Math.PI * notes[j] * vibrato / rate;
                for (int k = 1; k <= 6 && k * notes[j] < 0.45 * rate; k++) {
                    v += Math.sin(k * phase[j]) / k;
                }
            }
            x[i] = (float) (amp * v);
        }
        return x;
    }

    /** Noise through two one-pole low-passes: most power under {@code hz}. */
    static float[] lowNoise(int n, double rms, double hz, double rate, long seed) {
        float[] w = noise(n, 1, seed);
        double a = Math.exp(-2 * Math.PI * hz / rate);
        double y1 = 0;
        double y2 = 0;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            y1 = a * y1 + (1 - a) * w[i];
            y2 = a * y2 + (1 - a) * y1;
            x[i] = (float) y2;
        }
        return scale(x, rms);
    }

    /** Noise with the low end removed: a hiss. */
    static float[] hiss(int n, double rms, double rate, long seed) {
        float[] w = noise(n, 1, seed);
        float[] x = new float[n];
        double prev = 0;
        for (int i = 0; i < n; i++) {
            x[i] = (float) (w[i] - prev);
            prev = w[i];
        }
        return scale(x, rms);
    }

    static float[] scale(float[] x, double rms) {
        double s = 0;
        for (float v : x) {
            s += v * v;
        }
        double g = rms / Math.sqrt(s / x.length + 1e-30);
        for (int i = 0; i < x.length; i++) {
            x[i] *= (float) g;
        }
        return x;
    }

    /** Adds {@code src} into {@code dst} from sample {@code at}, with a raised-cosine swell and fade. */
    static void addSwelling(float[] dst, float[] src, int at) {
        int n = src.length;
        int edge = n / 4;
        for (int i = 0; i < n && at + i < dst.length; i++) {
            double env = i < edge ? 0.5 - 0.5 * Math.cos(Math.PI * i / edge)
                    : i > n - edge ? 0.5 - 0.5 * Math.cos(Math.PI * (n - i) / edge) : 1;
            dst[at + i] += (float) (src[i] * env);
        }
    }
}
