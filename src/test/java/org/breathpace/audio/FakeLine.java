package org.breathpace.audio;

import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A capture line that fails on demand (test code). It plays a script of steps, each some number
 * of reads long: room-like noise, exact zeros, a stall (the read blocks until {@link #resume} or
 * {@link #close}), the device vanishing (the read returns 0 and the line closes) or a driver
 * error (the read throws). Reads return at once, so stream time runs far faster than real time.
 */
final class FakeLine implements CaptureLine {
    enum Mode { SOUND, ZEROS, STALL, VANISH, THROW }

    /** One step of the script: {@code mode} for {@code reads} reads (the last step lasts for ever). */
    record Step(Mode mode, int reads) { }

    private final float rate;
    private final Step[] script;
    private final byte[] noise;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CountDownLatch stalling = new CountDownLatch(1);
    private volatile CountDownLatch resumed = new CountDownLatch(1);
    private volatile boolean open = true;
    private volatile Thread reader;
    private int step;
    private int readsInStep;
    private int noisePos;

    FakeLine(float rate, Step... script) {
        this.rate = rate;
        this.script = script;
        Random rnd = new Random(7);
        noise = new byte[1 << 16];
        for (int i = 0; i < noise.length; i += 2) {
            int v = (int) Math.round(rnd.nextGaussian() * 300);
            noise[i] = (byte) v;
            noise[i + 1] = (byte) (v >> 8);
        }
    }

    /** An opener that always gives this line. */
    CaptureLine.Opener opener() {
        return (device, frames) -> this;
    }

    @Override
    public String deviceName() {
        return "fake line";
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
        reader = Thread.currentThread();
        if (!open) {
            return 0;
        }
        Mode mode = script[step].mode();
        if (step < script.length - 1 && ++readsInStep >= script[step].reads()) {
            step++;
            readsInStep = 0;
        }
        switch (mode) {
            case SOUND -> {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = noise[noisePos];
                    noisePos = (noisePos + 1) & (noise.length - 1);
                }
                return length;
            }
            case ZEROS -> {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0);
                return length;
            }
            case STALL -> {
                stalling.countDown();
                try {
                    while (open && !resumed.await(10, TimeUnit.MILLISECONDS)) {
                        // blocked in the "driver" until resumed or closed
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (!open) {
                    return 0;
                }
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0);
                buffer[offset] = 1; // a sample, so it is not silence
                return length;
            }
            case VANISH -> {
                open = false;
                closed.countDown();
                return 0;
            }
            default -> throw new IllegalStateException("ALSA: device error (simulated)");
        }
    }

    /** Ends a stall: the blocked read returns with samples. */
    void resume() {
        resumed.countDown();
    }

    /** Waits until a read is blocked in a stall. */
    boolean awaitStall(long millis) throws InterruptedException {
        return stalling.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The thread that reads (the audio thread), once it has read. */
    Thread reader() {
        return reader;
    }

    @Override
    public void close() {
        open = false;
        closed.countDown();
    }

    @Override
    public boolean isOpen() {
        return open;
    }
}
