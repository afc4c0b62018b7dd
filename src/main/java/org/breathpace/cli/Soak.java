package org.breathpace.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.breathpace.audio.AudioInputException;
import org.breathpace.audio.GeneratedBreathing;
import org.breathpace.audio.LiveSource;
import org.breathpace.audio.SourceListener;
import org.breathpace.audio.SourceStatus;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.SignalQuality;

/**
 * {@code bench --soak HOURS}: hours of generated breathing through the live source path
 * ({@link GeneratedBreathing}: TarsosDSP dispatcher, detector feed, detector, on the audio
 * thread) as fast as the CPU allows. Prints heap used after warm-up and at the end (each after a
 * full GC), and checks the events: every phase the generator played is announced once, in
 * order, and ended once.
 */
final class Soak {
    static final double RATE_BPM = 10;
    static final int SAMPLE_RATE = 16000;
    static final double WARM_UP_S = 600;

    private final PrintWriter out;
    private final double hours;

    Soak(PrintWriter out, double hours) {
        this.out = out;
        this.hours = hours;
    }

    /** Counts on the audio thread (one writer); read after it has been stopped. */
    private static final class Counter implements SourceListener {
        final double endS;
        final CountDownLatch warm = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);
        long started;
        long ended;
        long rates;
        long qualities;
        long outOfOrder;
        long levels;
        double lastStartS = -1;
        volatile double streamS;
        volatile double badRateBpm = Double.NaN;

        Counter(double endS) {
            this.endS = endS;
        }

        @Override
        public void onPhaseStarted(PhaseStarted e) {
            if (e.startS() >= endS) {
                return;
            }
            started++;
            if (e.startS() <= lastStartS) {
                outOfOrder++;
            }
            lastStartS = e.startS();
        }

        @Override
        public void onPhaseEnded(PhaseEnded e) {
            if (e.startS() < endS) {
                ended++;
            }
        }

        @Override
        public void onRate(RateUpdated e) {
            rates++;
            if (e.emittedS() > 60 && Math.abs(e.breathsPerMin() - RATE_BPM) > 1) {
                badRateBpm = e.breathsPerMin();
            }
        }

        @Override
        public void onQuality(SignalQuality e) {
            qualities++;
        }

        @Override
        public void onLevel(double rmsDbfs, double peakDbfs, double startS, double endS) {
            levels++;
            streamS = endS;
            if (endS >= WARM_UP_S) {
                warm.countDown();
            }
            if (endS >= this.endS + 10) {
                done.countDown();
            }
        }
    }

    int run() throws InterruptedException {
        double endS = hours * 3600;
        Counter c = new Counter(endS);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long wallStart = System.nanoTime();
        LiveSource source = GeneratedBreathing.source(RATE_BPM, SAMPLE_RATE);
        try {
            source.start(c);
        } catch (AudioInputException e) {
            throw new UserError(e.getMessage());
        }
        double warmHeapMb = Double.NaN;
        if (endS > WARM_UP_S && c.warm.await(1, TimeUnit.HOURS)) {
            System.gc();
            warmHeapMb = memory.getHeapMemoryUsage().getUsed() / 1e6;
        }
        c.done.await(24, TimeUnit.HOURS);
        System.gc();
        double endHeapMb = memory.getHeapMemoryUsage().getUsed() / 1e6;
        source.close();
        double wall = (System.nanoTime() - wallStart) / 1e9;
        long expected = GeneratedBreathing.phasesStartedBefore(RATE_BPM, endS);
        out.printf(Locale.ROOT, "soak: %.1f h of generated breathing (%.0f breaths/min, %d Hz) through the live source path"
                + " in %.1f s (%.0fx real time)%n", hours, RATE_BPM, SAMPLE_RATE, wall, c.streamS / wall);
        out.printf(Locale.ROOT, "heap used after a full GC: %.1f MB after %.0f min of stream, %.1f MB at the end%n",
                warmHeapMb, WARM_UP_S / 60, endHeapMb);
        out.printf(Locale.ROOT, "phases played %d, announced %d, ended %d, out of order %d; rate updates %d, quality"
                + " reports %d, level blocks %d%n", expected, c.started, c.ended, c.outOfOrder, c.rates, c.qualities, c.levels);
        boolean ok = c.started == expected && c.ended == expected && c.outOfOrder == 0 && Double.isNaN(c.badRateBpm);
        out.println(ok ? "events: none lost, none duplicated"
                : "events: MISMATCH" + (Double.isNaN(c.badRateBpm) ? "" : " (a rate of " + c.badRateBpm + " was reported)"));
        out.flush();
        return ok ? 0 : 1;
    }
}
