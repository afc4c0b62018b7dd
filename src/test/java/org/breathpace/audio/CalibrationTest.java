package org.breathpace.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.breathpace.audio.Calibration.Progress;
import org.breathpace.audio.Calibration.Stage;
import org.breathpace.fixtures.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check-in on labelled recordings in simulated time: each test recording is 5 s of the
 * fixture's own room noise (its quiet start, mirrored back and forth) followed by the 30 s
 * fixture, replayed through {@link FileReplaySource} on a simulated clock.
 */
class CalibrationTest {
    static final Path CALM = Path.of("audio-fixtures", "calm-12bpm.wav");

    @TempDir
    Path dir;

    @Test
    void aGoodMicrophoneGivesTheRestingRateAndNoAdvice() throws Exception {
        float[] x = withRoomLead(CALM, 5, 1);
        Path wav = write("good.wav", x);
        List<Progress> seen = new ArrayList<>();
        CalibrationResult r = calibrate(wav, seen::add);
        assertThat(r.restingBreathsPerMin()).isCloseTo(truthRate(CALM), within(1.0));
        assertThat(r.noiseFloorDb()).isCloseTo(rmsDb(x, 0, 5 * 16000), within(3.0));
        assertThat(r.snrDb()).isGreaterThan(15);
        assertThat(r.breathsHeard()).isBetween(9, 11);
        assertThat(r.breathingS()).isCloseTo(30, within(0.1));
        assertThat(r.advice()).isEmpty();
        assertThat(r.good()).isTrue();

        // a countdown a UI can show: 5…1 s of room, 30…1 s of breathing, then done
        List<Progress> want = new ArrayList<>();
        for (int s = 5; s >= 1; s--) {
            want.add(new Progress(Stage.ROOM, s));
        }
        for (int s = 30; s >= 1; s--) {
            want.add(new Progress(Stage.BREATHING, s));
        }
        want.add(new Progress(Stage.DONE, 0));
        assertThat(seen).containsExactlyElementsOf(want);
    }

    @Test
    void aQuietInputIsToldToComeCloserOrRaiseTheGain() throws Exception {
        CalibrationResult r = calibrate(write("quiet.wav", withRoomLead(CALM, 5, 1 / 100f)), Calibration.ProgressListener.NONE);
        assertThat(r.breathLevelDb()).isLessThan(Calibration.QUIET_BREATH_DB);
        assertThat(r.advice()).anySatisfy(a -> assertThat(a).contains("closer").contains("gain"));
        assertThat(r.good()).isFalse();
    }

    @Test
    void aClippingInputIsToldToLowerTheGain() throws Exception {
        CalibrationResult r = calibrate(write("loud.wav", withRoomLead(CALM, 5, 8)), Calibration.ProgressListener.NONE);
        assertThat(r.peakDbfs()).isGreaterThan(-1);
        assertThat(r.advice()).anySatisfy(a -> assertThat(a).contains("clipping").contains("lower the input gain"));
    }

    @Test
    void aNoisyRoomIsToldToGoSomewhereQuieter() throws Exception {
        float[] x = withRoomLead(CALM, 5, 1);
        Random rnd = new Random(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.max(-1, Math.min(1, x[i] + rnd.nextGaussian() * 0.05));
        }
        CalibrationResult r = calibrate(write("noisy.wav", x), Calibration.ProgressListener.NONE);
        assertThat(r.noiseFloorDb()).isGreaterThan(Calibration.LOUD_ROOM_DB);
        assertThat(r.advice()).anySatisfy(a -> assertThat(a).contains("quieter"));
    }

    @Test
    void silenceIsMutedWithNoRate() throws Exception {
        CalibrationResult r = calibrate(write("silence.wav", new float[35 * 16000]), Calibration.ProgressListener.NONE);
        assertThat(r.restingBreathsPerMin()).isNull();
        assertThat(r.noiseFloorDb()).isEqualTo(-120);
        assertThat(r.advice()).singleElement().asString().contains("mute switch");
    }

    @Test
    void anInputThatEndsEarlyStillGivesAResultAndSaysSo() throws Exception {
        float[] x = withRoomLead(CALM, 5, 1);
        CalibrationResult r = calibrate(write("short.wav", java.util.Arrays.copyOf(x, 25 * 16000)), Calibration.ProgressListener.NONE);
        assertThat(r.breathingS()).isCloseTo(20, within(0.1));
        assertThat(r.restingBreathsPerMin()).isCloseTo(truthRate(CALM), within(1.5));
        assertThat(r.advice()).singleElement().asString().contains("ended after 20 of 30 seconds");
    }

    @Test
    void argumentsAreChecked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Calibration(0, 30, Calibration.ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Progress(Stage.ROOM, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Runs a check-in over a WAV file in simulated time (as fast as the CPU allows). */
    static CalibrationResult calibrate(Path wav, Calibration.ProgressListener progress) throws Exception {
        Calibration check = new Calibration(Calibration.ROOM_S, Calibration.BREATHING_S, progress);
        long[] clock = {0};
        new FileReplaySource(wav, 1, () -> clock[0], nanos -> clock[0] += nanos).run(check);
        assertThat(check.result()).isDone();
        return check.result().get();
    }

    private Path write(String name, float[] x) throws Exception {
        Path p = dir.resolve(name);
        WavWriter.write(p, 16000, 1, x);
        return p;
    }

    static double truthRate(Path wav) throws Exception {
        return truth(wav).get("breathsPerMin").asDouble();
    }

    private static JsonNode truth(Path wav) throws Exception {
        return new ObjectMapper().readTree(Path.of(wav.toString().replace(".wav", ".json")).toFile());
    }

    /** The fixture's samples after {@code leadS} of its own quiet start, mirrored, all scaled by {@code gain}. */
    static float[] withRoomLead(Path wav, double leadS, float gain) throws Exception {
        WavFileSource file = WavFileSource.open(wav);
        float[] x = new float[(int) file.header().frames()];
        int[] n = {0};
        file.stream(4096, (s, len) -> {
            System.arraycopy(s, 0, x, n[0], len);
            n[0] += len;
        });
        int rate = (int) file.sampleRate();
        int quiet = (int) ((truth(wav).get("phases").get(0).get("startS").asDouble() - 0.15) * rate);
        int lead = (int) Math.round(leadS * rate);
        int period = 2 * (quiet - 1);
        float[] out = new float[lead + x.length];
        for (int k = 0; k < lead; k++) {
            int m = (lead - k) % period;
            out[k] = x[m <= quiet - 1 ? m : period - m];
        }
        System.arraycopy(x, 0, out, lead, x.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(-1, Math.min(1, out[i] * gain));
        }
        return out;
    }

    static double rmsDb(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i] * (double) x[i];
        }
        return 10 * Math.log10(sum / (to - from));
    }
}
