package org.breathpace.audio;

/**
 * Endless synthetic breathing as a capture line, for the soak benchmark: the same live path as
 * a microphone ({@link MicrophoneSource}: TarsosDSP dispatcher, {@link DetectorFeed}, detector)
 * without the wait, so hours of stream run in seconds. A quiet room hiss, and every cycle a
 * high hiss for the inhale and a louder low "wind" for the exhale, with fixed timing so the
 * number of phases in any stretch is known exactly. Deterministic; no allocation per read.
 */
public final class GeneratedBreathing implements CaptureLine {
    /** Cycle: inhale, short gap, exhale, pause (seconds). */
    static final double INHALE_S = 1.8;
    static final double GAP_S = 0.2;
    static final double EXHALE_S = 2.4;
    static final double PAUSE_S = 0.6;
    /** Where the first inhale starts, seconds. */
    static final double FIRST_S = 1.0;

    private final float rate;
    private final double periodS;
    private volatile boolean open = true;
    private long n;
    private long seed = 0x9E3779B97F4A7C15L;
    private double low;

    private GeneratedBreathing(float rate, double breathsPerMin) {
        this.rate = rate;
        this.periodS = 60 / breathsPerMin;
        if (periodS < INHALE_S + GAP_S + EXHALE_S + 0.2) {
            throw new IllegalArgumentException("too fast for the fixed phase lengths: " + breathsPerMin);
        }
    }

    /**
     * A live source of endless generated breathing.
     *
     * @param breathsPerMin rate, 3–12 breaths per minute
     * @param sampleRate    Hz, 8000–48000
     */
    public static LiveSource source(double breathsPerMin, int sampleRate) {
        GeneratedBreathing line = new GeneratedBreathing(sampleRate, breathsPerMin);
        return new MicrophoneSource("generated breathing", (device, frames) -> line, System::nanoTime);
    }

    /** Breath phases (inhales and exhales) that start before stream time {@code s}. */
    public static long phasesStartedBefore(double breathsPerMin, double s) {
        double period = 60 / breathsPerMin;
        if (s <= FIRST_S) {
            return 0;
        }
        long whole = (long) Math.floor((s - FIRST_S) / period);
        double into = s - FIRST_S - whole * period;
        return 2 * whole + (into > 0 ? 1 : 0) + (into > INHALE_S + GAP_S ? 1 : 0);
    }

    @Override
    public String deviceName() {
        return "generated breathing";
    }

    @Override
    public float sampleRate() {
        return rate;
    }

    @Override
    public int channels() {
        return 1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (!open) {
            return 0;
        }
        double dt = 1 / (double) rate;
        for (int i = 0; i + 1 < length; i += 2) {
            double t = n++ * dt;
            double white = next();
            low += 0.05 * (white - low);
            double v = 0.002 * white;
            if (t >= FIRST_S) {
                double in = (t - FIRST_S) % periodS;
                if (in < INHALE_S) {
                    v += 0.03 * Math.sin(Math.PI * in / INHALE_S) * white;
                } else if (in >= INHALE_S + GAP_S && in < INHALE_S + GAP_S + EXHALE_S) {
                    v += 0.5 * Math.sin(Math.PI * (in - INHALE_S - GAP_S) / EXHALE_S) * low;
                }
            }
            int s = (int) Math.max(-32768, Math.min(32767, Math.round(v * 32767)));
            buffer[offset + i] = (byte) s;
            buffer[offset + i + 1] = (byte) (s >> 8);
        }
        return length - (length & 1);
    }

    /** Uniform-ish noise in [-1, 1) from a xorshift generator. */
    private double next() {
        seed ^= seed << 13;
        seed ^= seed >>> 7;
        seed ^= seed << 17;
        return (seed >>> 11) * 0x1.0p-53 * 2 - 1;
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public boolean isOpen() {
        return open;
    }
}
