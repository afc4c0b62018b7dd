package org.breathpace.audio;

import be.tarsos.dsp.io.TarsosDSPAudioFormat;
import be.tarsos.dsp.io.TarsosDSPAudioInputStream;

/**
 * A {@link CaptureLine} as TarsosDSP's input stream. It never throws: TarsosDSP turns an
 * {@code IOException} into an {@code Error}; instead a line that fails, closes under us or
 * returns nothing ends the stream (-1) and {@link #lost()} says whether that was a fault or a
 * stop that was asked for. No allocation per read.
 */
final class LineStream implements TarsosDSPAudioInputStream {
    private final CaptureLine line;
    private final TarsosDSPAudioFormat format;
    private volatile boolean stopping;
    private volatile boolean lost;

    LineStream(CaptureLine line) {
        this.line = line;
        this.format = new TarsosDSPAudioFormat(line.sampleRate(), 16, line.channels(), true, false);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (stopping) {
            return -1;
        }
        int n;
        try {
            n = line.read(buffer, offset, length);
        } catch (RuntimeException deviceFailed) {
            n = -1;
        }
        if (n <= 0) {
            // A blocking read comes back empty only when the line was closed: by us, or by the device going away.
            if (!stopping) {
                lost = true;
            }
            return -1;
        }
        return n;
    }

    /** Ends the stream at the next read and closes the line (which wakes a blocked read). */
    void stop() {
        stopping = true;
        line.close();
    }

    /** Whether the stream ended without being asked to (the device failed or went away). */
    boolean lost() {
        return lost;
    }

    @Override
    public long skip(long bytes) {
        return 0;
    }

    @Override
    public void close() {
        line.close();
    }

    @Override
    public TarsosDSPAudioFormat getFormat() {
        return format;
    }

    @Override
    public long getFrameLength() {
        return -1;
    }
}
