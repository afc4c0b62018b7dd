package org.breathpace.breath;

import java.nio.file.Path;
import java.util.Locale;

/** Development aid: prints the per-frame features of a WAV file (test scope, not a test). */
public final class FrameDump {
    public static void main(String[] args) throws Exception {
        WavInMemory wav = WavInMemory.read(Path.of(args[0]));
        float sr = wav.sampleRate();
        float[] x = wav.samples();
        int n = x.length;
        FrameLayout layout = FrameLayout.of(sr);
        int factor = layout.factor();
        int size = layout.size();
        FrameAnalyzer a = new FrameAnalyzer(size, layout.decimatedRate());
        FrameFeatures f = new FrameFeatures();
        StringBuilder events = new StringBuilder();
        BurstSegmenter seg = new BurstSegmenter(size * factor / (double) sr, new BurstSink() {
            @Override public void burstStarted(double s, double e, BurstStats o) {
                events.append(String.format(Locale.ROOT, " START %.2f bright %.1f lvl %.1f", s, o.brightnessDb(), o.levelDbfs()));
            }
            @Override public void burstEnded(double s, double e, double em, BurstStats w) {
                double[] sh = new double[FrameAnalyzer.BANDS];
                w.shape(sh);
                StringBuilder b = new StringBuilder();
                for (double v : sh) b.append(String.format(Locale.ROOT, "%6.1f", v));
                events.append(String.format(Locale.ROOT, " END %.2f-%.2f tilt %5.1f pk %.1f mx %.1f ton %.2f |%s", s, e, PhaseLabeller.tiltDb(sh), w.peakLevelDbfs(), w.maxExcessDb, w.tonality(), b));
            }
        });
        SpectrumFrame spectrum = new SpectrumFrame(layout);
        SpectrumFront front = new SpectrumFront(layout, spectrum, done -> done);
        int frames = n / factor / size;
        for (int fr = 0; fr < frames; fr++) {
            front.process(x, fr * size * factor, size * factor);
            f.peak = spectrum.peak;
            a.analyze(spectrum.power, f);
            events.setLength(0);
            seg.accept(f, a.settled());
            a.learnRoom(seg.lastFrameWasRoom(), seg.stuck() ? 10 : 1);
            double t = (fr + 1) * size * factor / (double) sr;
            System.out.printf(Locale.ROOT, "%6.2f band %6.1f room %6.1f exc %6.1f br %5.1f ton %.2f v %.2f cov %.2f per %.2f %s%s%n", t,
                    10 * Math.log10(f.bandPower + 1e-20), 10 * Math.log10(f.noisePower + 1e-20), f.excessDb(),
                    10 * Math.log10((f.excessHigh + 1e-20) / (f.excessLow + 1e-20)), f.tonality, f.voicing, f.coverage, f.persistence,
                    seg.inBurst() ? "#" : ".", events);
        }
    }
}
