package org.breathpace.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.breathpace.audio.FileAnalysis;
import org.breathpace.audio.WavFileSource;
import org.breathpace.breath.BreathSummary;
import org.breathpace.breath.Cycle;
import org.breathpace.breath.PhaseEnded;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Runs the detector over the real recordings in {@code ../shared/real-breath} (people breathing
 * into their own phones and laptops; not in this repository) when that folder is present:
 * every breath a person can hear is found (hand-labelled clips), none is counted twice, every
 * rate is plausible, and a clip with no audible sound reports no breath.
 */
class RealBreathRecordingsTest {

    private static Path folder() {
        String dir = System.getProperty("breathpace.realBreathDir", "../shared/real-breath");
        Path p = Path.of(dir);
        assumeTrue(Files.isDirectory(p), "no real recordings at " + p.toAbsolutePath() + ": test skipped");
        return p;
    }

    @Test
    void everyLabelledBreathIsFoundOnceAndLabelledRightWhereKnown() throws Exception {
        Path dir = folder();
        JsonNode clips;
        try (InputStream in = getClass().getResourceAsStream("/real-breath-labels.json")) {
            clips = new ObjectMapper().readTree(in).get("clips");
        }
        Iterator<Map.Entry<String, JsonNode>> it = clips.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> clip = it.next();
            BreathSummary s = FileAnalysis.analyze(dir.resolve(clip.getKey()));
            List<OnsetScore.Onset> truth = new ArrayList<>();
            JsonNode onsets = clip.getValue().get("onsets");
            JsonNode phases = clip.getValue().get("phases");
            for (int i = 0; i < onsets.size(); i++) {
                double t = onsets.get(i).asDouble();
                truth.add(new OnsetScore.Onset(t, t + 1, phases == null ? "?" : phases.get(i).asText(), true));
            }
            List<OnsetScore.Onset> found = new ArrayList<>();
            for (PhaseEnded p : s.phases()) {
                found.add(new OnsetScore.Onset(p.startS(), p.endS(), p.phase().id(), true));
            }
            OnsetScore score = OnsetScore.score(truth, found, 0.5);
            System.out.printf("%s: %d labelled, %d found, %d missed, %d extra, rate %s%n", clip.getKey(),
                    truth.size(), score.hits(), score.misses(), score.falseAlarms(), s.breathsPerMin());
            assertThat(score.misses()).as(clip.getKey() + ": breaths missed").isZero();
            assertThat(score.falseAlarms()).as(clip.getKey() + ": sounds that are no breath").isZero();
            if (phases != null) {
                assertThat(score.labelAccuracy()).as(clip.getKey() + ": inhale/exhale labels").isGreaterThanOrEqualTo(0.9);
            }
        }
    }

    @Test
    void everyRecordingGivesAPlausibleRateAndNoBreathCountedTwice() throws Exception {
        Path dir = folder();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int withRate = 0;
        // Every clip is checked and every problem collected, so one run shows the whole picture.
        SoftAssertions soft = new SoftAssertions();
        for (Path f : files) {
            BreathSummary s = FileAnalysis.analyze(f);
            String name = f.getFileName().toString();
            System.out.printf(Locale.ROOT, "%s: %d phases, %d cycles, rate %s%n", name, s.phases().size(),
                    s.cycles().size(), s.breathsPerMin() == null ? "none" : String.format(Locale.ROOT, "%.1f", s.breathsPerMin()));
            if (s.breathsPerMin() != null) {
                withRate++;
                soft.assertThat(s.breathsPerMin()).as(name + ": rate").isBetween(4.0, 40.0);
            }
            for (Cycle c : s.cycles()) {
                soft.assertThat(c.periodS()).as(name + ": cycle period at " + c.startS()).isGreaterThanOrEqualTo(1.5);
            }
            PhaseEnded previous = null;
            for (PhaseEnded p : s.phases()) {
                soft.assertThat(p.durationS()).as(name + ": phase length at " + p.startS()).isLessThan(16);
                if (previous != null && previous.phase() == p.phase()) {
                    soft.assertThat(p.startS() - previous.startS()).as(name + ": same phase twice at " + p.startS())
                            .isGreaterThanOrEqualTo(0.8);
                }
                previous = p;
            }
            if (peakDbfs(f) < -80) {
                soft.assertThat(s.phases()).as(name + " is silent").isEmpty();
                soft.assertThat(s.quality().warnings()).as(name + " is silent").isNotEmpty();
            }
        }
        soft.assertThat(withRate).as("recordings with a rate").isGreaterThan(files.size() * 2 / 3);
        soft.assertAll();
    }

    private static double peakDbfs(Path f) throws Exception {
        double[] peak = {0};
        WavFileSource.open(f).stream(4096, (x, n) -> {
            for (int i = 0; i < n; i++) {
                peak[0] = Math.max(peak[0], Math.abs(x[i]));
            }
        });
        return 20 * Math.log10(peak[0] + 1e-12);
    }
}
