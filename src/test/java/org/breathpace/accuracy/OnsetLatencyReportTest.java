package org.breathpace.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.breathpace.audio.AudioInputException;
import org.breathpace.audio.FileAnalysis;
import org.breathpace.breath.BreathListener;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.fixtures.FixtureCatalog;
import org.breathpace.fixtures.FixtureGenerator;
import org.breathpace.fixtures.FixtureSpec;
import org.breathpace.fixtures.Truth;
import org.junit.jupiter.api.Test;

/**
 * How soon the detector announces a phase, offline: for every phase-start event matched to an
 * audible true onset (nearest within ±0.5 s), the announcement delay {@code emitted_s − true onset}
 * and the dating error {@code start_s − true onset}, both in stream time. The live path emits the
 * same events at the same stream times (see docs/performance.md, "Live microphone path"), so this
 * is the quick way to measure what {@code MicrophoneEndToEndTest} measures through PulseAudio.
 *
 * <p>{@code mvn -o -q test -Dtest=OnsetLatencyReportTest} prints the figures and holds the three
 * live fixtures to the issue-3 targets; the accuracy bars are {@link AccuracyReportTest}'s.
 */
class OnsetLatencyReportTest {
    /**
     * The fixtures {@code MicrophoneEndToEndTest} plays through the virtual microphone and counts
     * in its latency totals ({@code speech-nearby-10bpm} it plays and holds to the rate and F1 bars
     * too, but prints its latencies apart: some of its inhales begin under words).
     */
    static final List<String> LIVE = List.of("calm-12bpm", "exhale-only-15bpm-8k", "very-quiet-8bpm");

    record Sample(String fixture, double snrDb, double delayS, double datingS) { }

    @Test
    void printsHowSoonPhasesAreAnnounced() throws IOException {
        List<Sample> samples = new ArrayList<>();
        Path committed = Path.of("audio-fixtures");
        try (Stream<Path> files = Files.list(committed)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Truth truth = new ObjectMapper().readValue(json.toFile(), Truth.class);
                measure(committed.resolve(truth.file()), truth, samples);
            }
        }
        Path generated = Path.of("target", "generated-fixtures");
        for (FixtureSpec spec : FixtureCatalog.generated()) {
            Truth truth = FixtureGenerator.write(spec, generated);
            measure(generated.resolve(truth.file()), truth, samples);
        }
        List<Sample> live = samples.stream().filter(s -> LIVE.contains(s.fixture())).toList();
        List<Sample> clean = samples.stream().filter(s -> s.snrDb() >= 10).toList();
        System.out.println("onset latency, offline, emitted_s - true onset (start_s - true onset), ms:");
        System.out.println(line("the live test's totals (3 fixtures)", live));
        System.out.println(line("speech-nearby-10bpm", samples.stream().filter(s -> s.fixture().equals("speech-nearby-10bpm")).toList()));
        System.out.println(line("all fixtures at SNR >= 10 dB", clean));
        System.out.println(line("all fixtures", samples));
        double[] liveDelay = live.stream().mapToDouble(Sample::delayS).toArray();
        assertThat(liveDelay).as("onsets matched in the live fixtures").hasSizeGreaterThan(15);
        // The end-to-end targets (median 250 ms, p95 400 ms), which the offline figures meet with
        // some 30 and 120 ms to spare (219 and 279 ms on 2026-11-25).
        assertThat(percentile(liveDelay, 50)).as("median announcement delay, s").isLessThan(0.25);
        assertThat(percentile(liveDelay, 95)).as("p95 announcement delay, s").isLessThan(0.40);
    }

    private static String line(String what, List<Sample> samples) {
        double[] delay = samples.stream().mapToDouble(Sample::delayS).toArray();
        double[] dating = samples.stream().mapToDouble(Sample::datingS).toArray();
        return String.format(Locale.ROOT, "  %-32s n=%4d  median %4.0f  p95 %4.0f  max %4.0f   (dating median %4.0f, p95 %4.0f)",
                what, delay.length, 1000 * percentile(delay, 50), 1000 * percentile(delay, 95),
                1000 * percentile(delay, 100), 1000 * percentile(dating, 50), 1000 * percentile(dating, 95));
    }

    private static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        return p >= 100 ? java.util.Arrays.stream(values).max().orElseThrow()
                : new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, p);
    }

    private static void measure(Path wav, Truth truth, List<Sample> out) throws IOException {
        List<PhaseStarted> starts = new ArrayList<>();
        try {
            FileAnalysis.analyze(wav, new BreathListener() {
                @Override
                public void onPhaseStarted(PhaseStarted e) {
                    starts.add(e);
                }
            });
        } catch (AudioInputException e) {
            throw new IOException(e.getMessage(), e);
        }
        String name = truth.file().replace(".wav", "");
        double snr = truth.snrDb() == null ? 99 : truth.snrDb();
        FixtureSpec.Noise noise = truth.spec().noise();
        if (noise == FixtureSpec.Noise.CLICKS || noise == FixtureSpec.Noise.DOOR) {
            snr = 99;
        }
        boolean[] used = new boolean[truth.phases().size()];
        for (PhaseStarted s : starts) {
            int best = -1;
            double bestErr = AccuracyReportTest.TOLERANCE_S;
            for (int i = 0; i < truth.phases().size(); i++) {
                Truth.TruePhase t = truth.phases().get(i);
                double err = Math.abs(t.startS() - s.startS());
                if (!used[i] && err <= bestErr) {
                    best = i;
                    bestErr = err;
                }
            }
            if (best >= 0) {
                used[best] = true;
                Truth.TruePhase t = truth.phases().get(best);
                if (t.audible()) {
                    out.add(new Sample(name, snr, s.emittedS() - t.startS(), s.startS() - t.startS()));
                }
            }
        }
    }
}
