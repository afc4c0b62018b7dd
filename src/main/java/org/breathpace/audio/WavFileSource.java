package org.breathpace.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams a 16-bit PCM WAV file as mono floats, a block at a time (never the whole file in
 * memory), mixing stereo down. Samples are converted as TarsosDSP's
 * {@code TarsosDSPAudioFloatConverter} converts them ({@link #toFloats}). The header is checked by {@link WavHeader} first, so
 * every bad file fails with one sentence before any audio is read.
 *
 * <p>One object per file; not thread-safe. Reading allocates nothing per block.
 */
public final class WavFileSource {
    /** Default block, in sample frames. */
    public static final int DEFAULT_BLOCK = 4096;

    private final Path file;
    private final WavHeader header;

    private WavFileSource(Path file, WavHeader header) {
        this.file = file;
        this.header = header;
    }

    /** Opens and checks {@code file}; see {@link WavHeader#read} for what is refused. */
    public static WavFileSource open(Path file) throws AudioInputException {
        return new WavFileSource(file, WavHeader.read(file));
    }

    public Path file() {
        return file;
    }

    public WavHeader header() {
        return header;
    }

    public float sampleRate() {
        return header.sampleRate();
    }

    /**
     * Reads the whole file, as fast as the disk allows, handing each block to {@code sink} on the
     * calling thread.
     *
     * @param blockFrames sample frames per block
     */
    public void stream(int blockFrames, MonoSink sink) throws AudioInputException {
        int channels = header.channels();
        int frameBytes = channels * 2;
        // Read straight into native memory (a heap buffer would be filled through a temporary
        // native one: a second copy of every byte).
        ByteBuffer buffer = ByteBuffer.allocateDirect(blockFrames * frameBytes).order(ByteOrder.LITTLE_ENDIAN);
        ShortBuffer shorts = buffer.asShortBuffer();
        short[] pcm = new short[blockFrames * channels];
        float[] interleaved = new float[blockFrames * channels];
        float[] mono = channels == 1 ? interleaved : new float[blockFrames];
        long remaining = header.dataBytes();
        long position = header.dataOffset();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (remaining > 0) {
                buffer.limit((int) Math.min(buffer.capacity(), buffer.position() + remaining));
                int read = ch.read(buffer, position);
                if (read < 0) {
                    throw new AudioInputException(file + " ended early while being read: the file may be damaged.");
                }
                position += read;
                remaining -= read;
                int frames = buffer.position() / frameBytes;
                if (frames == 0) {
                    continue;
                }
                shorts.get(0, pcm, 0, frames * channels);
                toFloats(pcm, interleaved, frames * channels);
                if (channels > 1) {
                    mixDown(interleaved, mono, frames, channels);
                }
                sink.accept(mono, frames);
                // keep the bytes of a part-read frame for the next read
                buffer.flip();
                buffer.position(frames * frameBytes);
                buffer.compact();
            }
        } catch (IOException e) {
            throw new AudioInputException(file + " could not be read (" + e.getMessage() + "): check the disk and try again.", e);
        }
    }

    /**
     * Converts {@code count} 16-bit samples to floats in [-1, 1]: {@code sample / 32767}, exactly as
     * TarsosDSP's {@code TarsosDSPAudioFloatConverter} does for this format (same expression, so the
     * same floats; checked in {@code WavFileSourceTest}). The samples come from the read buffer in
     * one bulk copy (a short view of its little-endian bytes), so that this loop works on plain
     * arrays instead of the buffer's checked accessors; the converter assembles each sample from
     * two byte reads. (Java 17's JIT does not turn a loop that widens shorts to floats into vector
     * instructions, so this stays one sample at a time.)
     */
    static void toFloats(short[] pcm, float[] out, int count) {
        for (int i = 0; i < count; i++) {
            out[i] = pcm[i] * (1.0f / 32767.0f);
        }
    }

    /** Averages interleaved channels into one. */
    static void mixDown(float[] interleaved, float[] mono, int frames, int channels) {
        float scale = 1f / channels;
        for (int f = 0, i = 0; f < frames; f++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += interleaved[i++];
            }
            mono[f] = sum * scale;
        }
    }
}
