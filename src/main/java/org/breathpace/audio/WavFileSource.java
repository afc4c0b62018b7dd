package org.breathpace.audio;

import be.tarsos.dsp.io.TarsosDSPAudioFloatConverter;
import be.tarsos.dsp.io.TarsosDSPAudioFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams a 16-bit PCM WAV file as mono floats, a block at a time (never the whole file in
 * memory), mixing stereo down. Sample conversion is TarsosDSP's
 * {@link TarsosDSPAudioFloatConverter}. The header is checked by {@link WavHeader} first, so
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
        TarsosDSPAudioFloatConverter converter = TarsosDSPAudioFloatConverter.getConverter(
                new TarsosDSPAudioFormat(header.sampleRate(), 16, channels, true, false));
        byte[] bytes = new byte[blockFrames * frameBytes];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        float[] interleaved = new float[blockFrames * channels];
        float[] mono = channels == 1 ? interleaved : new float[blockFrames];
        long remaining = header.dataBytes();
        long position = header.dataOffset();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            int carry = 0;
            while (remaining > 0) {
                buffer.clear();
                buffer.position(carry);
                buffer.limit((int) Math.min(bytes.length, carry + remaining));
                int read = ch.read(buffer, position);
                if (read < 0) {
                    throw new AudioInputException(file + " ended early while being read: the file may be damaged.");
                }
                position += read;
                remaining -= read;
                int have = carry + read;
                int frames = have / frameBytes;
                if (frames == 0) {
                    carry = have;
                    continue;
                }
                converter.toFloatArray(bytes, 0, interleaved, 0, frames * channels);
                if (channels > 1) {
                    mixDown(interleaved, mono, frames, channels);
                }
                sink.accept(mono, frames);
                carry = have - frames * frameBytes;
                if (carry > 0) {
                    System.arraycopy(bytes, frames * frameBytes, bytes, 0, carry);
                }
            }
        } catch (IOException e) {
            throw new AudioInputException(file + " could not be read (" + e.getMessage() + "): check the disk and try again.", e);
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
