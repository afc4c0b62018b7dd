package org.breathpace.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.breathpace.breath.BreathDetector;
import org.breathpace.breath.BreathListener;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.breath.RateUpdated;
import org.breathpace.breath.WavInMemory;
import org.breathpace.fixtures.Truth;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Live, the detector starts wherever capture happens to begin, so its analysis frames fall
 * anywhere on the recording: what it reports must not hinge on where they fall. Each committed
 * fixture is run with its first 0, 16, 32, … 496 samples dropped (32 frame grids, one frame
 * apart at most) and held to the live bars the microphone end-to-end test uses (the last live
 * rate within 1 breath/min of the truth, 90% of the onsets found), and every onset after the
 * first three must be announced with the right phase (the label the live rate is counted from).
 *
 * <p>{@code speech-nearby-10bpm} failed this before the labeller placed ambiguous onsets by
 * turn: on some of these grids the first frames of its last inhale held the tail of a word, it
 * was announced as an exhale, and the live rate read 13.1 instead of 10.3, as it did in some runs
 * through PulseAudio (see docs/performance.md).
 */
class FrameGridTest {
    static final String[] FIXTURES = {"calm-12bpm", "exhale-only-15bpm-8k", "speech-nearby-10bpm", "very-quiet-8bpm"};
    static final int GRIDS = 32;
    static final int STEP = 16;
    /**
     * The first bursts of a recording are labelled before the labeller has two groups to judge by
     * (from the shape of one burst against the last); their onset labels are not held here.
     */
    static final int PRIOR_BURSTS = 3;

    @Test
    void whereTheFramesFallChangesNeitherTheLiveRateNorTheOnsetLabels() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (String name : FIXTURES) {
            Truth truth = new ObjectMapper().readValue(Path.of("audio-fixtures", name + ".json").toFile(), Truth.class);
            float[] samples = WavInMemory.read(Path.of("audio-fixtures", name + ".wav")).samples();
            int worstWrong = 0;
            double worstRateError = 0;
            for (int g = 0; g < GRIDS; g++) {
                int skip = g * STEP;
                double offsetS = skip / (double) truth.sampleRate();
                List<PhaseStarted> starts = new ArrayList<>();
                double[] lastRate = {Double.NaN};
                BreathDetector detector = new BreathDetector(truth.sampleRate(), new BreathListener() {
                    @Override
                    public void onPhaseStarted(PhaseStarted e) {
                        starts.add(e);
                    }

                    @Override
                    public void onRate(RateUpdated e) {
                        lastRate[0] = e.breathsPerMin();
                    }
                });
                for (int i = skip; i < samples.length; i += 1024) {
                    detector.process(samples, i, Math.min(1024, samples.length - i));
                }
                detector.finish();
                int matched = 0;
                int judged = 0;
                int right = 0;
                int audible = 0;
                for (Truth.TruePhase t : truth.phases()) {
                    if (!t.audible()) {
                        continue;
                    }
                    audible++;
                    PhaseStarted best = null;
                    for (PhaseStarted s : starts) {
                        double err = Math.abs(s.startS() + offsetS - t.startS());
                        if (err <= AccuracyReportTest.TOLERANCE_S
                                && (best == null || err < Math.abs(best.startS() + offsetS - t.startS()))) {
                            best = s;
                        }
                    }
                    if (best != null) {
                        matched++;
                        if (audible > PRIOR_BURSTS) {
                            judged++;
                            right += best.phase().id().equals(t.phase()) ? 1 : 0;
                        }
                    }
                }
                String grid = name + " with " + skip + " samples dropped";
                soft.assertThat(matched).as(grid + ": onsets found").isGreaterThanOrEqualTo(
                        (int) Math.ceil(0.9 * truth.phases().stream().filter(Truth.TruePhase::audible).count()));
                soft.assertThat(right).as(grid + ": onsets after the first " + PRIOR_BURSTS
                        + " announced with the right phase").isEqualTo(judged);
                soft.assertThat(lastRate[0]).as(grid + ": last live rate").isCloseTo(truth.breathsPerMin(),
                        org.assertj.core.data.Offset.offset(1.0));
                worstWrong = Math.max(worstWrong, judged - right);
                worstRateError = Math.max(worstRateError, Math.abs(lastRate[0] - truth.breathsPerMin()));
            }
            System.out.printf(Locale.ROOT, "%-22s %d frame grids: worst live rate error %.2f breaths/min,"
                    + " at most %d onset(s) after the first three announced with the wrong phase%n", name, GRIDS, worstRateError, worstWrong);
        }
        soft.assertAll();
    }
}
