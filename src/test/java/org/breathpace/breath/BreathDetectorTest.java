package org.breathpace.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreathDetectorTest {

    /** Exhales of low wind every {@code period} seconds over room noise. */
    static float[] breathing(double rate, double seconds, double period) {
        int n = (int) (rate * seconds);
        float[] x = Signals.noise(n, 0.0005, 1);
        int k = 0;
        for (double t = 1; t + 2.5 < seconds; t += period) {
            Signals.addSwelling(x, Signals.lowNoise((int) (2.2 * rate), 0.02, 500, rate, 10 + k++), (int) (t * rate));
        }
        return x;
    }

    @Test
    void twoBurstsWithRoomBetweenAreTwoPhasesEvenWithOneLabel() {
        // Exhales every 5 s teach the detector one kind of burst; then a short burst and, after a
        // quarter second back at the room, another of the same kind. A short piece is joined to
        // the next only when the segmenter split one sound at a dip, not across a real gap.
        int rate = 16000;
        float[] x = breathing(rate, 40, 5);
        java.util.Arrays.fill(x, 26 * rate, 29 * rate, 0);
        float[] room = Signals.noise(3 * rate, 0.0005, 7);
        System.arraycopy(room, 0, x, 26 * rate, room.length);
        Signals.addSwelling(x, Signals.lowNoise(rate / 2, 0.02, 500, rate, 91), (int) (26.2 * rate));
        Signals.addSwelling(x, Signals.lowNoise(rate * 3 / 2, 0.02, 500, rate, 92), (int) (26.95 * rate));
        EventRecorder r = new EventRecorder();
        BreathDetector d = new BreathDetector(rate, r);
        d.process(x, 0, x.length);
        d.finish();
        List<PhaseEnded> there = r.events.stream().filter(PhaseEnded.class::isInstance).map(PhaseEnded.class::cast)
                .filter(p -> p.startS() > 25.5 && p.startS() < 28.5).toList();
        assertThat(there).hasSize(2);
        assertThat(there.get(0).endS()).isLessThan(there.get(1).startS());
    }

    @Test
    void digitalSilenceGivesNoBreathAndSaysSo() {
        EventRecorder r = new EventRecorder();
        BreathDetector d = new BreathDetector(16000, r);
        float[] zeros = new float[16000 * 20];
        d.process(zeros, 0, zeros.length);
        d.finish();
        assertThat(r.count(PhaseStarted.class)).isZero();
        assertThat(r.count(RateUpdated.class)).isZero();
        SignalQuality last = (SignalQuality) r.events.get(r.events.size() - 1);
        assertThat(last.warnings()).contains(QualityWarning.NO_BREATH, QualityWarning.TOO_QUIET);
    }

    @Test
    void regularExhalesGiveTheirRateInAnyFrameSizes() {
        float[] x = breathing(44100, 40, 5);
        EventRecorder r = new EventRecorder();
        BreathDetector d = new BreathDetector(44100, r);
        int at = 0;
        int[] sizes = {1, 17, 441, 4096, 1000};
        for (int i = 0; at < x.length; i++) {
            int len = Math.min(sizes[i % sizes.length], x.length - at);
            d.process(x, at, len);
            at += len;
        }
        d.finish();
        assertThat(d.streamTimeS()).isEqualTo(40.0);
        assertThat(r.count(PhaseStarted.class)).isEqualTo(8);
        assertThat(r.count(PhaseEnded.class)).isEqualTo(8);
        RateUpdated last = r.events.stream().filter(RateUpdated.class::isInstance).map(RateUpdated.class::cast)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(last.breathsPerMin()).isBetween(11.5, 12.5);
        for (BreathEvent e : r.events) {
            if (e instanceof PhaseStarted s) {
                assertThat(s.emittedS() - s.startS()).as("decision delay").isLessThan(0.4);
            }
        }
    }

    @Test
    void blockSizesChangeNothingAndClippedSamplesAreCountedExactly() {
        for (int rate : new int[] {16000, 44100, 48000}) {
            float[] x = breathing(rate, 30, 5);
            int clipped = 0;
            for (int i = 5 * rate; i < 5 * rate + 3000; i += 7) {
                x[i] = (i / 7) % 2 == 0 ? 1f : -1f;
                clipped++;
            }
            EventRecorder whole = new EventRecorder();
            BreathDetector a = new BreathDetector(rate, whole);
            a.process(x, 0, x.length);
            a.finish();
            EventRecorder pieces = new EventRecorder();
            BreathDetector b = new BreathDetector(rate, pieces);
            int[] sizes = {1, 2, 5, 333, 4096, 7};
            for (int i = 0, at = 0; at < x.length; i++) {
                int len = Math.min(sizes[i % sizes.length], x.length - at);
                b.process(x, at, len);
                at += len;
            }
            b.finish();
            assertThat(pieces.events).as(rate + " Hz").isEqualTo(whole.events);
            SignalQuality total = (SignalQuality) whole.events.get(whole.events.size() - 1);
            // The final report covers whole frames only: every clipped sample lies well inside them.
            double counted = total.clippedFraction() * (x.length - x.length % frameSamples(a));
            assertThat(counted).as(rate + " Hz clipped samples").isCloseTo(clipped, within(0.5));
        }
    }

    private static int frameSamples(BreathDetector d) {
        return (int) Math.round(d.frameS() * d.sampleRate());
    }

    @Test
    void steadyStateProcessingAllocatesNothing() {
        float[] room = Signals.noise(16000 * 30, 0.001, 3);
        BreathDetector d = new BreathDetector(16000, BreathListener.NONE);
        d.process(room, 0, 16000 * 10);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int at = 16000 * 10; at < room.length; at += 1024) {
            d.process(room, at, Math.min(1024, room.length - at));
        }
        long after = threads.getThreadAllocatedBytes(id);
        // Quality reports (one a second, each a small record) are the only allocation allowed.
        assertThat(after - before).isLessThan(20 * 200);
    }

    @Test
    void refusesRatesItCannotWorkAt() {
        assertThatThrownBy(() -> new BreathDetector(4000, BreathListener.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
