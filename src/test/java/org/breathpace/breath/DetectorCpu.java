package org.breathpace.breath;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Development aid (test scope, not a test): the detector's own CPU time, without file reading,
 * on the first minutes of a WAV file held in memory and fed repeatedly; prints the thread CPU
 * time per pass so stages can be compared on a busy machine. Args: FILE [minutes] [passes].
 */
public final class DetectorCpu {
    public static void main(String[] args) throws Exception {
        double minutes = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        WavInMemory wav = WavInMemory.read(Path.of(args[0]), minutes * 60);
        float[] all = wav.samples();
        int n = all.length;
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        for (int p = 0; p < passes; p++) {
            BreathDetector d = new BreathDetector(wav.sampleRate(), BreathListener.NONE);
            long c0 = t.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i += 4096) {
                d.process(all, i, Math.min(4096, n - i));
            }
            d.finish();
            long c1 = t.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "pass %d: %.3f s CPU for %.0f s of audio, %.2f ns per input sample%n", p,
                    (c1 - c0) / 1e9, n / wav.sampleRate(), (c1 - c0) / (double) n);
        }
    }
}
