package org.breathpace.audio;

import be.tarsos.dsp.io.TarsosDSPAudioFloatConverter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Captures from a Java Sound {@code TargetDataLine} on the "breathpace-audio" thread, converts
 * with TarsosDSP's {@link TarsosDSPAudioFloatConverter}, and feeds the breath detector through
 * {@link DetectorFeed}. Small buffers (1024 frames, about 23 ms at 44.1 kHz) keep the delay low.
 *
 * <p>The loop is TarsosDSP's {@code AudioDispatcher.run} without two of its habits: it iterates
 * a {@code CopyOnWriteArrayList} of processors for every block (an iterator, 32 bytes a block on
 * the audio thread, measured by {@code MicrophoneSourceFaultsTest}) and turns an I/O error into
 * an {@code Error}. There is one consumer here, so it is called directly.
 *
 * <p>Faults become status events, never exceptions on the audio thread: a device that goes away
 * or fails mid-stream ends the stream with {@code input_lost}; a line that delivers nothing for
 * 2 s is reported {@code stalled} by the "breathpace-watchdog" thread (the audio thread is stuck
 * in the driver then) and {@code resumed} when samples come back; exact zeros are reported
 * {@code muted}. After a stall, stream time jumps ahead by the time lost, so it keeps pace with
 * the clock again (see {@link DetectorFeed#skip}). Per block the audio thread converts, feeds the detector and writes two volatile
 * fields: no lock, no allocation (events aside).
 */
public final class MicrophoneSource implements LiveSource {
    static final int BUFFER_FRAMES = 1024;
    /** How often the watchdog looks for a stall. */
    static final long WATCH_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final String wanted;
    private final CaptureLine.Opener opener;
    private final LongSupplier nanoClock;
    private CaptureLine line;
    private LineStream stream;
    private Thread thread;
    private Thread watchdog;
    private volatile boolean stopping;
    private volatile double streamTimeS;

    /** @param device a name fragment or an index from {@link CaptureDevices#list()}; null for the default */
    public MicrophoneSource(String device) {
        this(device, JavaSoundLine::open, System::nanoTime);
    }

    /** For tests: lines from {@code opener}, stall timing on {@code nanoClock}. */
    MicrophoneSource(String device, CaptureLine.Opener opener, LongSupplier nanoClock) {
        this.wanted = device;
        this.opener = Objects.requireNonNull(opener, "opener");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    @Override
    public String description() {
        if (line == null) {
            return wanted == null ? "default microphone" : "microphone \"" + wanted + "\"";
        }
        return String.format(Locale.ROOT, "%s, %.0f Hz %s", line.deviceName(), line.sampleRate(),
                line.channels() == 1 ? "mono" : "stereo");
    }

    @Override
    public void start(SourceListener listener) throws AudioInputException {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        line = opener.open(wanted, BUFFER_FRAMES);
        int channels = line.channels();
        stream = new LineStream(line);
        DetectorFeed feed = new DetectorFeed(line.sampleRate(), BUFFER_FRAMES, listener);
        long startNanos = nanoClock.getAsLong();
        StallWatch stall = new StallWatch(startNanos);
        listener.onStatus(new SourceStatus(SourceStatus.Kind.STARTED, description(), 0));
        LineStream lineStream = stream;
        thread = new Thread(() -> {
            try {
                capture(lineStream, channels, feed, stall, startNanos, listener);
            } catch (RuntimeException e) {
                listener.onStatus(new SourceStatus(SourceStatus.Kind.INPUT_LOST,
                        "Listening failed (" + e.getMessage() + "): start again, or carry on without the microphone.",
                        streamTimeS));
            }
        }, "breathpace-audio");
        thread.setDaemon(true);
        watchdog = new Thread(() -> watch(stall, listener), "breathpace-watchdog");
        watchdog.setDaemon(true);
        thread.start();
        watchdog.start();
    }

    /** The audio thread's loop: read a block, convert, feed; at the end, say why it ended. */
    private void capture(LineStream in, int channels, DetectorFeed feed, StallWatch stall, long startNanos,
                         SourceListener listener) {
        TarsosDSPAudioFloatConverter converter = TarsosDSPAudioFloatConverter.getConverter(in.getFormat());
        byte[] bytes = new byte[BUFFER_FRAMES * channels * 2];
        float[] samples = new float[BUFFER_FRAMES * channels];
        boolean more = true;
        while (more) {
            int got = 0;
            while (got < bytes.length) {
                int n = in.read(bytes, got, bytes.length - got);
                if (n < 0) {
                    more = false;
                    break;
                }
                got += n;
            }
            int frames = got / (2 * channels);
            if (frames > 0) {
                long now = nanoClock.getAsLong();
                if (stall.dataArrived(now)) {
                    // The stall's length joins stream time as a gap, so events after it keep the
                    // listener's clock (a session's pacer and adherence run on it).
                    feed.skip((now - startNanos) / 1e9 - feed.streamTimeS());
                    listener.onStatus(new SourceStatus(SourceStatus.Kind.RESUMED,
                            "The microphone is sending sound again.", feed.streamTimeS()));
                }
                converter.toFloatArray(bytes, 0, samples, 0, frames * channels);
                feed.feed(samples, frames, channels);
                streamTimeS = feed.streamTimeS();
            }
        }
        feed.finish();
        listener.onStatus(stopping && !in.lost()
                ? new SourceStatus(SourceStatus.Kind.STOPPED, "Stopped listening.", feed.streamTimeS())
                : new SourceStatus(SourceStatus.Kind.INPUT_LOST,
                        "The microphone stopped sending sound (unplugged?): plug it back in and start again,"
                                + " or carry on without it.", feed.streamTimeS()));
    }

    /** The watchdog loop: reports a stall once, from this thread, while the audio thread is stuck. */
    private void watch(StallWatch stall, SourceListener listener) {
        while (!stopping && thread.isAlive()) {
            LockSupport.parkNanos(WATCH_EVERY_NANOS);
            if (!stopping && thread.isAlive() && stall.check(nanoClock.getAsLong())) {
                listener.onStatus(new SourceStatus(SourceStatus.Kind.STALLED,
                        "The microphone has sent nothing for 2 seconds: check its cable or the system's sound settings;"
                                + " breathpace keeps waiting for it.", streamTimeS));
            }
        }
    }

    /** Whether the audio thread is still running. */
    public boolean running() {
        return thread != null && thread.isAlive();
    }

    /**
     * Stops capturing: closes the line (which wakes the audio thread if it is waiting for
     * samples) and waits for the audio thread to end, at most 500 ms. The audio thread itself
     * finishes the detector and reports {@code stopped}.
     */
    @Override
    public void close() {
        stopping = true;
        if (stream != null) {
            stream.stop();
        }
        if (watchdog != null) {
            LockSupport.unpark(watchdog);
        }
        if (thread != null) {
            try {
                thread.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
