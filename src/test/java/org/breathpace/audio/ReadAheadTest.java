package org.breathpace.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {
    @TempDir
    Path dir;

    /** A mono 16-bit file whose sample i is (i mod 30000) / 32768 (a ramp, so order is checkable). */
    private Path ramp(int frames) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + frames * 2).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(16000).putInt(32000).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(frames * 2);
        for (int i = 0; i < frames; i++) {
            b.putShort((short) (i % 30000));
        }
        return Files.write(dir.resolve("ramp.wav"), b.array());
    }

    @Test
    void everySampleArrivesOnceInOrderOnTheCallingThread() throws Exception {
        int frames = 100_003;
        WavFileSource source = WavFileSource.open(ramp(frames));
        Thread caller = Thread.currentThread();
        long[] next = {0};
        List<Integer> lengths = new ArrayList<>();
        ReadAhead.stream(source, 4096, (samples, length) -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            lengths.add(length);
            for (int i = 0; i < length; i++) {
                float want = (next[0] % 30000) / 32768f;
                if (Math.abs(samples[i] - want) > 1e-4) {
                    throw new AssertionError("sample " + next[0] + " is " + samples[i] + ", want " + want);
                }
                next[0]++;
            }
        });
        assertThat(next[0]).isEqualTo(frames);
        assertThat(lengths).hasSize(25).allMatch(n -> n <= 4096);
    }

    @Test
    void aConsumerThatFailsStopsTheReaderAndItsErrorComesThrough() throws Exception {
        WavFileSource source = WavFileSource.open(ramp(200_000));
        int[] blocks = {0};
        assertThatThrownBy(() -> ReadAhead.stream(source, 1024, (samples, length) -> {
            if (++blocks[0] == 3) {
                throw new IllegalStateException("consumer gave up");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("consumer gave up");
        assertThat(blocks[0]).isEqualTo(3);
        assertThat(Thread.getAllStackTraces().keySet()).as("reader threads left running")
                .noneMatch(t -> t.getName().equals("breathpace-wav-reader"));
    }
}
