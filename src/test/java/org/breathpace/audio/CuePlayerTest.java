package org.breathpace.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuePlayerTest {

    @Test
    void samplesBecomeLittleEndian16BitClippedAtFullScale() {
        byte[] out = new byte[8];
        int n = CuePlayer.toPcm16(new float[] {0f, 0.5f, -1f, 2f}, out);
        assertThat(n).isEqualTo(8);
        assertThat(pcm(out, 0)).isZero();
        assertThat(pcm(out, 1)).isEqualTo(16384);
        assertThat(pcm(out, 2)).isEqualTo(-32767);
        assertThat(pcm(out, 3)).isEqualTo(32767);
    }

    @Test
    void withOrWithoutASoundOutputOpeningNeverThrowsAnythingButOneSentence() {
        try (CuePlayer p = CuePlayer.open(22050)) {
            assertThat(p.play(new float[2205])).isTrue();
        } catch (AudioInputException e) {
            assertThat(e.getMessage()).startsWith("No sound output").endsWith("--no-tones.");
        }
    }

    private static int pcm(byte[] b, int i) {
        return (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8));
    }
}
