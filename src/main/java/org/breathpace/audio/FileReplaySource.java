package org.breathpace.audio;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * A WAV file replayed in real time as if it were a microphone ({@code --input FILE}): the same
 * blocks, paced to the clock, through the same {@link DetectorFeed}. The clock and the sleep are
 * passed in, so tests run it in simulated time and {@code speed} can run it faster.
 */
public final class FileReplaySource implements LiveSource {
    /** Sleeps for the given nanoseconds (may return early when interrupted). */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    static final int BLOCK = 1024;

    private final WavFileSource file;
    private final double speed;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private volatile boolean stopping;
    private volatile boolean loop;
    private Thread thread;

    /**
     * @param speed     1 for real time, 20 to run twenty times faster
     * @param nanoClock monotonic nanoseconds (System::nanoTime in the app)
     * @param sleeper   how to wait (Thread::sleep in the app)
     */
    public FileReplaySource(Path path, double speed, LongSupplier nanoClock, Sleeper sleeper) throws AudioInputException {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        this.file = WavFileSource.open(path);
        this.speed = speed;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /** Real time with the system clock. */
    public static FileReplaySource realTime(Path path, double speed) throws AudioInputException {
        return new FileReplaySource(path, speed, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    /**
     * Replays the recording over and over, stream time running on, until closed: a recording that
     * stands in for a microphone for a whole session. Call before {@link #start}.
     */
    public FileReplaySource looping() {
        loop = true;
        return this;
    }

    @Override
    public String description() {
        return "recording " + file.file().getFileName() + ", " + file.header().sampleRate() + " Hz"
                + (speed == 1 ? "" : ", " + speed + "x speed") + (loop ? ", looped" : "");
    }

    @Override
    public void start(SourceListener listener) {
        thread = new Thread(() -> run(listener), "breathpace-audio");
        thread.setDaemon(true);
        thread.start();
    }

    /** Replays on the calling thread (what the audio thread runs; tests call it directly). */
    void run(SourceListener listener) {
        DetectorFeed feed = new DetectorFeed(file.sampleRate(), BLOCK, listener);
        listener.onStatus(new SourceStatus(SourceStatus.Kind.STARTED, description(), 0));
        long start = nanoClock.getAsLong();
        try {
            do {
                file.stream(BLOCK, (samples, length) -> {
                    if (stopping) {
                        throw new Stop();
                    }
                    feed.feed(samples, length, 1);
                    long due = start + (long) (feed.streamTimeS() / speed * 1e9);
                    long wait = due - nanoClock.getAsLong();
                    if (wait > 0) {
                        try {
                            sleeper.sleepNanos(wait);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new Stop();
                        }
                    }
                });
            } while (loop && !stopping);
            feed.finish();
            listener.onStatus(new SourceStatus(SourceStatus.Kind.STOPPED, "The recording has ended.", feed.streamTimeS()));
        } catch (Stop e) {
            feed.finish();
            listener.onStatus(new SourceStatus(SourceStatus.Kind.STOPPED, "Stopped.", feed.streamTimeS()));
        } catch (AudioInputException e) {
            listener.onStatus(new SourceStatus(SourceStatus.Kind.INPUT_LOST, e.getMessage(), feed.streamTimeS()));
        }
    }

    /** Whether the audio thread is still running. */
    public boolean running() {
        return thread != null && thread.isAlive();
    }

    @Override
    public void close() {
        stopping = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Unwinds the replay loop when stopping. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }
}
