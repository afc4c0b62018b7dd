package org.breathpace.audio;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays short cue tones (mono float samples in −1…1) on the default sound output, on its own
 * thread "breathpace-cues". {@link #play(float[])} never blocks: it queues the samples (the array
 * is read, not changed, and must not be changed by the caller afterwards) and drops a cue when
 * {@value #QUEUE} are already waiting, rather than falling behind the session.
 */
public final class CuePlayer implements AutoCloseable {
    /** Cues that may wait; more are dropped. */
    static final int QUEUE = 4;

    private final SourceDataLine line;
    private final BlockingQueue<float[]> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private volatile boolean closing;

    private CuePlayer(SourceDataLine line) {
        this.line = line;
        this.thread = new Thread(this::loop, "breathpace-cues");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Opens the default output at {@code sampleRate} Hz, 16-bit mono.
     *
     * @throws AudioInputException when there is no sound output to play on
     */
    public static CuePlayer open(float sampleRate) throws AudioInputException {
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            line.open(format, (int) sampleRate / 5 * 2);
            line.start();
            return new CuePlayer(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new AudioInputException("No sound output could be opened for the cue tones (" + e.getMessage()
                    + "): they are off; check the speakers or headphones, or run with --no-tones.", e);
        }
    }

    /** Queues a cue; returns false when it was dropped (queue full or closed). */
    public boolean play(float[] samples) {
        return !closing && queue.offer(samples);
    }

    private void loop() {
        byte[] bytes = new byte[0];
        try {
            while (!closing) {
                float[] s = queue.poll(200, TimeUnit.MILLISECONDS);
                if (s == null) {
                    continue;
                }
                if (bytes.length < s.length * 2) {
                    bytes = new byte[s.length * 2];
                }
                int n = toPcm16(s, bytes);
                line.write(bytes, 0, n);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Converts to signed 16-bit little-endian, clipping at full scale; returns the bytes written. */
    static int toPcm16(float[] samples, byte[] out) {
        for (int i = 0; i < samples.length; i++) {
            float v = Math.max(-1f, Math.min(1f, samples[i]));
            int x = Math.round(v * 32767f);
            out[2 * i] = (byte) x;
            out[2 * i + 1] = (byte) (x >> 8);
        }
        return samples.length * 2;
    }

    /** Stops after the cue that is playing; returns within about half a second. */
    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        line.stop();
        line.close();
    }
}
