package org.breathpace.breath;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.breathpace.audio.WavFileSource;

/**
 * Development aid (test scope, not a test): the CPU time of the detector's two halves, without
 * file reading, on the first minutes of a WAV file held in memory: the sample-only front
 * ({@link SpectrumFront}: decimation, peak, power spectrum) and the stateful back
 * ({@link BreathDetector#acceptFrame} on the stored frames). The two run on different threads in
 * {@code analyze}; this shows which one limits it. Args: FILE [minutes] [passes].
 */
public final class StageCpu {
    public static void main(String[] args) throws Exception {
        double minutes = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        WavFileSource wav = WavFileSource.open(Path.of(args[0]));
        int n = (int) Math.min(Integer.MAX_VALUE - 8, (long) (minutes * 60 * wav.sampleRate()));
        float[] all = new float[n];
        int[] have = {0};
        wav.stream(4096, (x, len) -> {
            int m = Math.min(len, n - have[0]);
            System.arraycopy(x, 0, all, have[0], m);
            have[0] += m;
        });
        FrameLayout layout = FrameLayout.of(wav.sampleRate());
        int frames = have[0] / layout.inputSamples();
        SpectrumFrame[] store = new SpectrumFrame[frames];
        for (int i = 0; i < frames; i++) store[i] = new SpectrumFrame(layout);
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        for (int p = 0; p < passes; p++) {
            int[] idx = {0};
            SpectrumFront front = new SpectrumFront(layout, store[0], f -> store[Math.min(++idx[0], frames - 1)]);
            long c0 = t.getCurrentThreadCpuTime();
            for (int i = 0; i < have[0]; i += 4096) {
                front.process(all, i, Math.min(4096, have[0] - i));
            }
            long c1 = t.getCurrentThreadCpuTime();
            BreathDetector d = new BreathDetector(wav.sampleRate(), BreathListener.NONE);
            for (int i = 0; i < frames; i++) d.acceptFrame(store[i]);
            d.finish(have[0]);
            long c2 = t.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "pass %d: front %.3f s, back %.3f s (%.2f / %.2f ns per input sample)%n", p,
                    (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c1 - c0) / (double) have[0], (c2 - c1) / (double) have[0]);
        }
    }
}
