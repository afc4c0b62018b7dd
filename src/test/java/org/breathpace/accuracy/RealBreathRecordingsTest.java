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
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.breathpace.audio.FileAnalysis;
import org.breathpace.audio.WavFileSource;
import org.breathpace.breath.BreathSummary;
import org.breathpace.breath.Cycle;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.WavInMemory;
import org.breathpace.fixtures.FixtureGenerator;
import org.breathpace.fixtures.FixtureSpec.Noise;
import org.breathpace.fixtures.WavWriter;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** One labelled clip's scores: onsets, labels where known, rate from the labels and detected. */
    record ClipRow(String clip, OnsetScore score, int optional, boolean phasesKnown, Double labelRate, Double rate) { }

    /**
     * Labelled breaths the detector is known to miss, per clip, with why. They stay labelled and
     * are counted as misses in the table and its totals (docs/accuracy.md lists them); the test
     * holds the clip to exactly this many misses, so one more fails, and so does finding it (then
     * remove it from here).
     */
    static final Map<String, KnownMiss> KNOWN_MISSES = Map.of("coswara-LqGeCxef-deep.wav", new KnownMiss(1,
            "the breath at 21.45 s (-45 dBFS, 0.85 s) carries a narrow low tone (280-440 Hz) over its hiss and"
                    + " voiced moments: its candidate is rejected as tonal (0.53 against 0.45) and then cut by voiced"
                    + " frames; on every measure the candidate has it looks like the speech fixtures, so letting it"
                    + " through would let speech through (tried: riding candidates through voiced frames lost a breath"
                    + " here and 9 of 11 phases in L7S8iIPK-deep)"));

    /** {@code count} misses in one clip, and why. */
    record KnownMiss(int count, String why) { }

    /** How long before an optional window's labelled start a detection still falls in it, s (label precision). */
    static final double OPTIONAL_LEAD_S = 0.25;

    @Test
    void everyLabelledBreathIsFoundOnceAndLabelledRightWhereKnown() throws Exception {
        Path dir = folder();
        JsonNode clips = labelledClips();
        List<ClipRow> rows = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = clips.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> clip = it.next();
            BreathSummary s = FileAnalysis.analyze(dir.resolve(clip.getKey()));
            ClipRow row = score(clip.getKey(), clip.getValue(), s);
            rows.add(row);
            if (row.score().misses() + row.score().falseAlarms() > 0) {
                System.out.println(clip.getKey() + " labelled " + clip.getValue().get("onsets") + ", found "
                        + s.phases().stream().map(p -> String.format(Locale.ROOT, "%s %.2f-%.2f", p.phase().id(),
                                p.startS(), p.endS())).toList());
            }
        }
        String table = table(rows);
        System.out.println(table);
        String out = System.getProperty("real.out");
        if (out != null && !out.isBlank()) {
            writeSection(Path.of(out), table, rows.size());
        }
        // Every clip is checked and every problem collected, so one run shows the whole picture.
        SoftAssertions soft = new SoftAssertions();
        for (ClipRow r : rows) {
            KnownMiss known = KNOWN_MISSES.get(r.clip());
            soft.assertThat(r.score().misses()).as(r.clip() + ": breaths missed"
                    + (known == null ? "" : " (known: " + known.count() + "; if fewer, remove it from KNOWN_MISSES)"))
                    .isEqualTo(known == null ? 0 : known.count());
            soft.assertThat(r.score().falseAlarms()).as(r.clip() + ": sounds that are no breath").isZero();
            if (r.phasesKnown()) {
                soft.assertThat(r.score().labelAccuracy()).as(r.clip() + ": inhale/exhale labels").isGreaterThanOrEqualTo(0.9);
            }
        }
        soft.assertAll();
    }

    /** Peak level of the quiet copies, dBFS: the quietest input the detector is built for. */
    static final double QUIET_PEAK_DBFS = -40;

    /** Labelled breaths the quiet copies miss besides {@link #KNOWN_MISSES}, per clip, with why. */
    static final Map<String, KnownMiss> KNOWN_QUIET_MISSES = Map.of("coswara-LqGeCxef-deep.wav", new KnownMiss(1,
            "the breath at 4.6 s: an unclear sound just before it (an optional window, 3.7-4.4 s) ends in"
                    + " frames that fall to the room, and the two are joined into one phase dated 3.87 s"),
            "coswara-L7S8iIPK-deep.wav", new KnownMiss(4,
            "the breaths at 5.05, 7.15, 8.2 and 13.0 s: 20-40 dB under the clip's first two, so in the"
                    + " copy they stand at -85 to -95 dBFS over the band, 5-15 dB over the copy's own 16-bit"
                    + " quantisation, and flicker under the room within a frame or two of starting"));

    /**
     * Each labelled clip brought down to peaks of {@link #QUIET_PEAK_DBFS} (a quiet microphone, or a
     * person far from it), written as 16-bit samples as such a recording would be: the same breaths
     * are found, and nothing else. Most clips were gated to digital silence between breaths, so
     * the room gives no level to judge against and a quiet breath must stand out from silence.
     */
    @Test
    void quietCopiesFindTheSameBreaths(@TempDir Path tmp) throws Exception {
        Path dir = folder();
        JsonNode clips = labelledClips();
        List<ClipRow> rows = new ArrayList<>();
        SoftAssertions soft = new SoftAssertions();
        Iterator<Map.Entry<String, JsonNode>> it = clips.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> clip = it.next();
            ClipRow row = scoreCopy(dir, clip, tmp, (x, rate) -> toPeak(x, QUIET_PEAK_DBFS));
            rows.add(row);
            int known = count(KNOWN_MISSES, row.clip()) + count(KNOWN_QUIET_MISSES, row.clip());
            soft.assertThat(row.score().misses()).as(row.clip() + " at " + QUIET_PEAK_DBFS + " dBFS: breaths missed"
                    + (known == 0 ? "" : " (known: " + known + ")")).isEqualTo(known);
            soft.assertThat(row.score().falseAlarms()).as(row.clip() + " at " + QUIET_PEAK_DBFS
                    + " dBFS: sounds that are no breath").isZero();
        }
        System.out.println("Quiet copies (peaks at " + QUIET_PEAK_DBFS + " dBFS):\n" + table(rows));
        soft.assertAll();
    }

    /** Hum in the copies of {@link #humCopiesFindNearlyAllBreaths}: RMS this far under each clip's loudest sample, dB. */
    static final double HUM_UNDER_PEAK_DB = 30;
    /** Door slams in the copies of {@link #doorSlamCopiesGiveNoPhantomBreaths}: RMS this far under each clip's loudest sample, dB. */
    static final double SLAMS_UNDER_PEAK_DB = 20;

    /**
     * Mains hum (50 Hz, then 60 Hz, with harmonics) mixed into each labelled clip,
     * {@link #HUM_UNDER_PEAK_DB} under its loudest sample: between breaths the hum is then the
     * room, and most breaths are quieter than it over the band. Nearly every labelled breath is
     * found (97 %) and hardly anything else (3 at most over all clips). Without the
     * {@code HumCanceller} the copies of the 30 clips labelled gave 216 and 213 of 238 (now 237 and 235).
     */
    @Test
    void humCopiesFindNearlyAllBreaths(@TempDir Path tmp) throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Noise hum : List.of(Noise.HUM50, Noise.HUM60)) {
            assertCopiesHold(soft, tmp, hum, HUM_UNDER_PEAK_DB, 3);
        }
        soft.assertAll();
    }

    /**
     * Door slams (a boom every 9-14 s, each about as loud as the clip's loudest breaths) mixed into
     * each labelled clip, {@link #SLAMS_UNDER_PEAK_DB} under its loudest sample: in these quiet,
     * often gated rooms a slam's boom must not become a breath (at most 2 over all clips; before
     * {@code BurstSegmenter.DYING_DB_PER_S}, 10 over the 30 clips labelled, about one slam in five; now 1),
     * and the breaths are still found (97 %).
     */
    @Test
    void doorSlamCopiesGiveNoPhantomBreaths(@TempDir Path tmp) throws Exception {
        SoftAssertions soft = new SoftAssertions();
        assertCopiesHold(soft, tmp, Noise.DOOR, SLAMS_UNDER_PEAK_DB, 2);
        soft.assertAll();
    }

    /**
     * Scores copies of every labelled clip with {@code noise} mixed in {@code underPeakDb} under
     * its loudest sample: at least 97 % of the labelled breaths found, at most {@code mostExtra}
     * sounds that are none, over all clips.
     */
    private static void assertCopiesHold(SoftAssertions soft, Path tmp, Noise noise, double underPeakDb, int mostExtra)
            throws Exception {
        Path dir = folder();
        List<ClipRow> rows = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = labelledClips().fields();
        while (it.hasNext()) {
            rows.add(scoreCopy(dir, it.next(), tmp, (x, rate) -> withNoise(x, rate, noise, underPeakDb)));
        }
        int labelled = rows.stream().mapToInt(r -> r.score().hits() + r.score().misses()).sum();
        int hits = rows.stream().mapToInt(r -> r.score().hits()).sum();
        int extra = rows.stream().mapToInt(r -> r.score().falseAlarms()).sum();
        System.out.println(noise + " " + underPeakDb + " dB under the peak:\n" + table(rows));
        soft.assertThat(hits).as(noise + ": breaths found of " + labelled).isGreaterThanOrEqualTo((int) Math.ceil(0.97 * labelled));
        soft.assertThat(extra).as(noise + ": sounds that are no breath").isLessThanOrEqualTo(mostExtra);
    }

    /**
     * The samples with one of the fixtures' noises added, its RMS {@code underPeakDb} under the
     * recording's loudest sample (the clips' own levels differ by 45 dB).
     */
    static float[] withNoise(float[] x, int rate, Noise kind, double underPeakDb) {
        double rmsDbfs = peakDbfs(x) - underPeakDb;
        float[] noise = FixtureGenerator.roomNoise(kind, rate, x.length, rmsDbfs, 7);
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + noise[i];
        }
        return out;
    }

    /**
     * Writes a copy of a labelled clip, its samples changed by {@code change} (given the samples and
     * the sample rate), as 16-bit samples into {@code work}, and scores the detector on the copy.
     */
    static ClipRow scoreCopy(Path dir, Map.Entry<String, JsonNode> clip, Path work,
                             BiFunction<float[], Integer, float[]> change) throws Exception {
        WavInMemory wav = WavInMemory.read(dir.resolve(clip.getKey()));
        int rate = (int) wav.sampleRate();
        Path copy = work.resolve(clip.getKey());
        WavWriter.write(copy, rate, 1, change.apply(wav.samples(), rate));
        return score(clip.getKey(), clip.getValue(), FileAnalysis.analyze(copy));
    }

    /** The labels of {@code src/test/resources/real-breath-labels.json}, by clip. */
    static JsonNode labelledClips() throws IOException {
        try (InputStream in = RealBreathRecordingsTest.class.getResourceAsStream("/real-breath-labels.json")) {
            return new ObjectMapper().readTree(in).get("clips");
        }
    }

    /** The loudest sample's level, dBFS. */
    static double peakDbfs(float[] x) {
        double peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        return 20 * Math.log10(peak);
    }

    /** A copy of the samples scaled so that the loudest is at {@code dbfs}. */
    static float[] toPeak(float[] x, double dbfs) {
        float gain = (float) Math.pow(10, (dbfs - peakDbfs(x)) / 20);
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * gain;
        }
        return out;
    }

    private static int count(Map<String, KnownMiss> known, String clip) {
        KnownMiss k = known.get(clip);
        return k == null ? 0 : k.count();
    }

    /**
     * Scores one clip: its required onsets (with phases where given) and its optional windows
     * (sounds too faint or unclear to call: neither hits nor false alarms) against the detector.
     */
    static ClipRow score(String name, JsonNode labels, BreathSummary s) {
        List<OnsetScore.Onset> truth = new ArrayList<>();
        JsonNode onsets = labels.get("onsets");
        JsonNode phases = labels.get("phases");
        for (int i = 0; i < onsets.size(); i++) {
            double t = onsets.get(i).asDouble();
            truth.add(new OnsetScore.Onset(t, t + 1, phases == null ? "?" : phases.get(i).asText(), true));
        }
        List<OnsetScore.Onset> found = new ArrayList<>();
        for (PhaseEnded p : s.phases()) {
            found.add(new OnsetScore.Onset(p.startS(), p.endS(), p.phase().id(), true));
        }
        // A detection in an optional window counts neither way, unless it is the one that finds a
        // required onset (setting it aside would lose a hit).
        int optional = 0;
        OnsetScore score = OnsetScore.score(truth, found, AccuracyReportTest.TOLERANCE_S);
        for (int i = 0; i < found.size(); i++) {
            if (!inOptionalWindow(found.get(i).timeS(), labels.get("optional"))) {
                continue;
            }
            List<OnsetScore.Onset> without = new ArrayList<>(found);
            without.remove(i);
            OnsetScore scoreWithout = OnsetScore.score(truth, without, AccuracyReportTest.TOLERANCE_S);
            if (scoreWithout.hits() == score.hits()) {
                found = without;
                score = scoreWithout;
                optional++;
                i--;
            }
        }
        return new ClipRow(name, score, optional, phases != null, labelRate(labels.get("breaths")), s.breathsPerMin());
    }

    /**
     * Whether a detected onset lies in an optional window (from {@link #OPTIONAL_LEAD_S} before its
     * start to its end).
     */
    static boolean inOptionalWindow(double onsetS, JsonNode windows) {
        if (windows == null) {
            return false;
        }
        for (JsonNode w : windows) {
            if (onsetS >= w.get(0).asDouble() - OPTIONAL_LEAD_S && onsetS <= w.get(1).asDouble()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rate the labels give: 60 over the mean interval between breaths one apart, counting only
     * intervals a detector's cycle can have (1.6 to 22 s); null without two such intervals.
     */
    static Double labelRate(JsonNode breaths) {
        if (breaths == null) {
            return null;
        }
        double sum = 0;
        int n = 0;
        for (int i = 0; i + 1 < breaths.size(); i++) {
            double period = breaths.get(i + 1).asDouble() - breaths.get(i).asDouble();
            if (period >= 1.6 && period <= 22) {
                sum += period;
                n++;
            }
        }
        return n < 2 ? null : 60 / (sum / n);
    }

    static String table(List<ClipRow> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| clip | labelled | hits / extra / missed | in optional windows | onset F1 | label accuracy | median onset error"
                + " | rate (labels) | rate (detector) | rate error |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int hits = 0, extra = 0, missed = 0, optional = 0, labelHits = 0, labelsRight = 0, rated = 0;
        double rateErrorSum = 0;
        for (ClipRow r : rows) {
            OnsetScore s = r.score();
            hits += s.hits();
            extra += s.falseAlarms();
            missed += s.misses();
            optional += r.optional();
            if (r.phasesKnown()) {
                labelHits += s.hits();
                labelsRight += s.labelsRight();
            }
            String rateError = "–";
            if (r.labelRate() != null && r.rate() != null) {
                double e = Math.abs(r.rate() - r.labelRate());
                rateErrorSum += e;
                rated++;
                rateError = String.format(Locale.ROOT, "%.2f", e);
            } else if (r.labelRate() != null) {
                rateError = "no rate";
            }
            b.append(String.format(Locale.ROOT, "| %s | %d | %d / %d / %d | %d | %.3f | %s | %s | %s | %s | %s |%n",
                    r.clip().replace("coswara-", "").replace(".wav", ""), s.hits() + s.misses(), s.hits(),
                    s.falseAlarms(), s.misses(), r.optional(), s.f1(),
                    r.phasesKnown() ? String.format(Locale.ROOT, "%.2f", s.labelAccuracy()) : "–",
                    Double.isNaN(s.medianErrorMs()) ? "–" : String.format(Locale.ROOT, "%.0f ms", s.medianErrorMs()),
                    rate(r.labelRate()), rate(r.rate()), rateError));
        }
        double f1 = hits + extra + missed == 0 ? 1 : 2.0 * hits / (2.0 * hits + extra + missed);
        b.append(String.format(Locale.ROOT, "| **all %d clips** | %d | %d / %d / %d | %d | %.3f | %s | | | | %s |%n",
                rows.size(), hits + missed, hits, extra, missed, optional, f1,
                labelHits == 0 ? "–" : String.format(Locale.ROOT, "%.2f (%d of %d)", labelsRight / (double) labelHits,
                        labelsRight, labelHits),
                rated == 0 ? "–" : String.format(Locale.ROOT, "mean %.2f over %d", rateErrorSum / rated, rated)));
        return b.toString();
    }

    private static String rate(Double r) {
        return r == null ? "none" : String.format(Locale.ROOT, "%.1f", r);
    }

    /** Replaces the "Real recordings" section at the end of {@code file} (or appends it). */
    private static void writeSection(Path file, String table, int clips) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "";
        int at = text.indexOf(SECTION);
        if (at >= 0) {
            text = text.substring(0, at);
        }
        if (!text.isEmpty() && !text.endsWith("\n\n")) {
            text = text.endsWith("\n") ? text + "\n" : text + "\n\n";
        }
        StringBuilder known = new StringBuilder("\nKnown misses (counted above, held to exactly this by the test):\n\n");
        KNOWN_MISSES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> known.append("- `")
                .append(e.getKey()).append("`: ").append(e.getValue().count()).append(", ").append(e.getValue().why())
                .append(".\n"));
        Files.writeString(file, text + SECTION + "\n\n" + SECTION_TEXT.formatted(clips) + "\n" + table
                + (KNOWN_MISSES.isEmpty() ? "" : known));
    }

    /** Heading of the section this test writes at the end of docs/accuracy.md. */
    static final String SECTION = "## Real recordings";

    private static final String SECTION_TEXT = """
            Made by `mvn -o -q test -Dtest=RealBreathRecordingsTest -Dreal.out=docs/accuracy.md` (needs the
            clips in `../shared/real-breath`, which are not in this repository). The labels are
            `src/test/resources/real-breath-labels.json`: every breath sound in %d of the clips, read off a
            spectrogram and level traces by eye (about ±0.2 s; those added on 2026-11-25 before running the
            detector on them); faint or
            unclear sounds are optional windows (a detection there counts neither way). Onsets match within
            ±0.5 s whatever their label; label accuracy only where the phases are unmistakable. The rate from
            the labels is 60 / mean interval between breaths one apart, where the labels say which those are.
            The test fails on any missed (beyond the known misses listed below) or extra breath, or label
            accuracy under 0.90.
            """;

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
