package org.breathpace.breath;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Development aid (test scope, not a test): runs the detector on a WAV file with its first
 * {@code base + k·step} samples dropped, for {@code k = 0 … steps−1}, and prints each run's phase
 * announcements (label, start and emission time in the file's time) and last live rate: does where
 * the frames fall change the result? Arguments: FILE STEPS STEP [BASE].
 */
public final class OffsetDump {
    public static void main(String[] args) throws Exception {
        WavInMemory wav = WavInMemory.read(Path.of(args[0]));
        float sr = wav.sampleRate();
        float[] x = wav.samples();
        int n = x.length;
        int steps = Integer.parseInt(args[1]);
        int stepSamples = Integer.parseInt(args[2]);
        int base = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        for (int st = 0; st < steps; st++) {
            int k = base + st * stepSamples;
            double off = k / (double) sr;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "k=%5d:", k));
            double[] lastRate = {Double.NaN};
            BreathDetector d = new BreathDetector(sr, new BreathListener() {
                @Override public void onPhaseStarted(PhaseStarted e) {
                    b.append(String.format(Locale.ROOT, " %s%.2f@%.2f", e.phase() == Phase.INHALE ? "i" : "E", e.startS() + off, e.emittedS() + off));
                }
                @Override public void onRate(RateUpdated e) { lastRate[0] = e.breathsPerMin(); }
            });
            for (int i = k; i < n; i += 1024) {
                d.process(x, i, Math.min(1024, n - i));
            }
            d.finish();
            b.append(String.format(Locale.ROOT, "  last rate %.1f", lastRate[0]));
            System.out.println(b);
        }
    }
}
