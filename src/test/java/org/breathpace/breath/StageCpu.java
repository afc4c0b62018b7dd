package org.breathpace.breath;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Development aid (test scope, not a test): the CPU time of the detector's two halves, without
 * file reading, on the first minutes of a WAV file held in memory: the sample-only front
 * ({@link SpectrumFront}: decimation, peak, power spectrum) and the stateful back
 * ({@link BreathDetector#frameReady} on the stored frames). The two run on different threads in
 * {@code analyze}; this shows which one limits it. Args: FILE [minutes] [passes].
 */
public final class StageCpu {
    public static void main(String[] args) throws Exception {
        double minutes = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        WavInMemory wav = WavInMemory.read(Path.of(args[0]), minutes * 60);
        float[] all = wav.samples();
        int n = all.length;
        FrameLayout layout = FrameLayout.of(wav.sampleRate());
        int frames = n / layout.inputSamples();
        SpectrumFrame[] store = new SpectrumFrame[frames];
        for (int i = 0; i < frames; i++) store[i] = new SpectrumFrame(layout);
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        for (int p = 0; p < passes; p++) {
            int[] idx = {0};
            SpectrumFront front = new SpectrumFront(layout, store[0], f -> store[Math.min(++idx[0], frames - 1)]);
            long c0 = t.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i += 4096) {
                front.process(all, i, Math.min(4096, n - i));
            }
            long c1 = t.getCurrentThreadCpuTime();
            BreathDetector d = new BreathDetector(wav.sampleRate(), BreathListener.NONE);
            for (int i = 0; i < frames; i++) d.frameReady(store[i]);
            d.finish(n);
            long c2 = t.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "pass %d: front %.3f s, back %.3f s (%.2f / %.2f ns per input sample)%n", p,
                    (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c1 - c0) / (double) n, (c2 - c1) / (double) n);
        }
    }
}
