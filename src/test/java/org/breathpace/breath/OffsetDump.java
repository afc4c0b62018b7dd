package org.breathpace.breath;

import java.nio.file.Path;
import java.util.Locale;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Development aid (test scope, not a test): runs the detector on a WAV file with its first
 * {@code base + k·step} samples dropped, for {@code k = 0 … steps−1}, and prints each run's phase
 * announcements (label, start and emission time in the file's time) and last live rate: does where
 * the frames fall change the result? Arguments: FILE STEPS STEP [BASE].
 */
public final class OffsetDump {
    public static void main(String[] args) throws Exception {
        AudioInputStream in = AudioSystem.getAudioInputStream(Path.of(args[0]).toFile());
        float sr = in.getFormat().getSampleRate();
        int ch = in.getFormat().getChannels();
        byte[] all = in.readAllBytes();
        int n = all.length / 2 / ch;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            int s = 0;
            for (int c = 0; c < ch; c++) {
                int j = (i * ch + c) * 2;
                s += (short) ((all[j] & 0xff) | (all[j + 1] << 8));
            }
            x[i] = s / 32768f / ch;
        }
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
