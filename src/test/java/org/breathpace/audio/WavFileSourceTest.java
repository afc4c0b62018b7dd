package org.breathpace.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavFileSourceTest {
    @TempDir
    Path dir;

    @Test
    void stereoIsMixedDownAndEverySampleArrivesInBlocks() throws Exception {
        int frames = 10_000;
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + frames * 4).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 2).putInt(48000).putInt(48000 * 4).putShort((short) 4)
                .putShort((short) 16).put("data".getBytes()).putInt(frames * 4);
        for (int i = 0; i < frames; i++) {
            b.putShort((short) 16000).putShort((short) -8000);
        }
        Path file = Files.write(dir.resolve("stereo.wav"), b.array());
        WavFileSource source = WavFileSource.open(file);
        assertThat(source.header().channels()).isEqualTo(2);
        assertThat(source.header().durationS()).isEqualTo(frames / 48000.0);
        long[] count = {0};
        double[] sum = {0};
        source.stream(1024, (samples, length) -> {
            count[0] += length;
            for (int i = 0; i < length; i++) {
                sum[0] += samples[i];
            }
        });
        assertThat(count[0]).isEqualTo(frames);
        assertThat(sum[0] / frames).isCloseTo((16000 - 8000) / 2.0 / 32767, org.assertj.core.api.Assertions.within(1e-4));
    }

    @Test
    void chunksBeforeTheDataAreSkipped() throws IOException, AudioInputException {
        ByteBuffer b = ByteBuffer.allocate(44 + 12 + 200).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 12 + 200).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2)
                .putShort((short) 16).put("LIST".getBytes()).putInt(4).put("INFO".getBytes())
                .put("data".getBytes()).putInt(200);
        Path file = Files.write(dir.resolve("list.wav"), b.array());
        assertThat(WavFileSource.open(file).header().frames()).isEqualTo(100);
    }

    @Test
    void everySixteenBitValueBecomesTheFloatTarsosDspMakesOfIt() throws Exception {
        int frames = 65536;
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + frames * 2).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(44100).putInt(88200).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(frames * 2);
        for (int i = 0; i < frames; i++) {
            b.putShort((short) (i - 32768));
        }
        byte[] bytes = b.array();
        float[] want = new float[frames];
        be.tarsos.dsp.io.TarsosDSPAudioFloatConverter.getConverter(
                new be.tarsos.dsp.io.TarsosDSPAudioFormat(44100, 16, 1, true, false)).toFloatArray(bytes, 44, want, 0, frames);
        Path file = Files.write(dir.resolve("all-values.wav"), bytes);
        int[] at = {0};
        WavFileSource.open(file).stream(1000, (samples, length) -> {
            for (int i = 0; i < length; i++, at[0]++) {
                if (Float.floatToRawIntBits(samples[i]) != Float.floatToRawIntBits(want[at[0]])) {
                    throw new AssertionError("value " + (at[0] - 32768) + ": " + samples[i] + ", TarsosDSP " + want[at[0]]);
                }
            }
        });
        assertThat(at[0]).isEqualTo(frames);
    }
}
