package org.breathpace.breath;

import java.nio.file.Path;
import org.breathpace.audio.AudioInputException;
import org.breathpace.audio.WavFileSource;

/**
 * For tests and development aids (test scope): the first seconds of a WAV file as mono samples
 * in memory, read with the app's own {@link WavFileSource} (stereo mixed down as {@code analyze}
 * does).
 *
 * @param sampleRate the file's rate, Hz
 * @param samples    exactly the samples read
 */
public record WavInMemory(float sampleRate, float[] samples) {

    /** Reads at most {@code maxSeconds} of {@code file}. */
    public static WavInMemory read(Path file, double maxSeconds) throws AudioInputException {
        WavFileSource wav = WavFileSource.open(file);
        long wanted = Math.min(wav.header().frames(), (long) Math.min(Long.MAX_VALUE / 2, maxSeconds * wav.sampleRate()));
        int n = (int) Math.min(Integer.MAX_VALUE - 8, wanted);
        float[] all = new float[n];
        int[] have = {0};
        wav.stream(4096, (x, len) -> {
            int m = Math.min(len, n - have[0]);
            System.arraycopy(x, 0, all, have[0], m);
            have[0] += m;
        });
        return new WavInMemory(wav.sampleRate(), have[0] == n ? all : java.util.Arrays.copyOf(all, have[0]));
    }

    /** Reads the whole of {@code file} (up to what an array holds). */
    public static WavInMemory read(Path file) throws AudioInputException {
        return read(file, Double.MAX_VALUE);
    }
}
