package org.breathpace.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.breathpace.accuracy.OnsetScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live path end to end through a real Java Sound capture line: a private PulseAudio daemon
 * provides a virtual microphone (a null sink whose monitor is the default source), the labelled
 * fixtures are played into it with {@code paplay} in real time, and {@code breathpace listen}
 * captures in a child JVM (Java reads the ALSA/Pulse setup from its environment at start-up, so
 * the capture runs where {@code XDG_RUNTIME_DIR}/{@code PULSE_SERVER} point at this daemon).
 *
 * <p>The recorder starts first and hears exact zeros (the sink is silent), so it reports
 * {@code muted}; playback is started after that, and the {@code resumed} status's message says
 * when, to the millisecond, the recording's first non-zero sample arrived. That time,
 * less the sample's time in the file (the speech fixture starts with 0.73 s of digital silence),
 * is the recording's zero in stream time.
 *
 * <p>Skipped with a message when PulseAudio is not installed, except when {@code CI=true}: then
 * it fails.
 */
class MicrophoneEndToEndTest {
    static final String[] FIXTURES = {"calm-12bpm", "exhale-only-15bpm-8k", "speech-nearby-10bpm", "very-quiet-8bpm"};
    static final double TOLERANCE_S = 0.5;
    /**
     * Held to the rate and F1 bars like the others, but its latencies are printed apart, not in
     * the totals: three of its inhales begin under a voiced word (speech at 10 dB over the breath),
     * which the detector rightly does not take for breath, so they can only be heard when the
     * word ends, 0.3–0.6 s after their true onset. That is the word's length, not the decision
     * delay the latency target is about.
     */
    static final java.util.Set<String> MASKED_BY_SPEECH = java.util.Set.of("speech-nearby-10bpm");

    @TempDir
    static Path dir;
    static VirtualMicrophone mic;
    /** Per fixture: 95th percentile of the extra wall-clock delay of an event over the quickest one, s. */
    static final List<Double> delivery = new ArrayList<>();
    /**
     * Per fixture: wall-clock time from starting paplay to reading the "resumed" line, less the
     * time of the recording's first non-zero sample, s.
     */
    static final List<Double> firstSound = new ArrayList<>();

    @BeforeAll
    static void startVirtualMicrophone() throws Exception {
        if (!VirtualMicrophone.installed()) {
            String why = "PulseAudio (pulseaudio, paplay, pactl) is not installed, so the end-to-end microphone test"
                    + " cannot run: install pulseaudio pulseaudio-utils libasound2-plugins to run it.";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + " In CI it must run (.ci/run installs them).");
            }
            System.out.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
        mic = VirtualMicrophone.start(dir.resolve("pulse"));
    }

    @AfterAll
    static void stopVirtualMicrophone() {
        if (mic != null) {
            mic.close();
        }
    }

    @Test
    void listenHearsTheLabelledRecordingsThroughARealCaptureLine() throws Exception {
        List<Double> latencies = new ArrayList<>();
        List<Double> masked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%-22s %6s %6s %5s %4s %4s %4s %9s %8s%n", "fixture", "truth", "heard", "F1", "hit", "miss", "fa",
                "median ms", "max ms"));
        for (String name : FIXTURES) {
            Run run = capture(name);
            OnsetScore score = OnsetScore.score(run.truth(), run.detected(), TOLERANCE_S);
            List<Double> own = latencies(run);
            boolean totalled = !MASKED_BY_SPEECH.contains(name);
            (totalled ? latencies : masked).addAll(own);
            report.append(String.format(Locale.ROOT, "%-22s %6.2f %6s %5.2f %4d %4d %4d %9.0f %8.0f%s%n", name,
                    run.trueRate(), run.rate() == null ? "none" : String.format(Locale.ROOT, "%.2f", run.rate()),
                    score.f1(), score.hits(), score.misses(), score.falseAlarms(), median(own) * 1000,
                    own.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN) * 1000,
                    totalled ? "" : "  (inhales under speech: latency not in the totals)"));
            if (run.rate() == null || Math.abs(run.rate() - run.trueRate()) > 1) {
                failures.add(name + ": rate " + run.rate() + " vs truth " + run.trueRate());
            }
            if (score.f1() < 0.9) {
                failures.add(name + ": onset F1 " + score.f1());
            }
        }
        double[] l = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        Percentile p = new Percentile();
        report.append(String.format(Locale.ROOT,
                "latency, true onset in the played audio -> phase event emitted, over %d onsets:"
                        + " median %.0f ms, p95 %.0f ms, max %.0f ms%n",
                l.length, p.evaluate(l, 50) * 1000, p.evaluate(l, 95) * 1000,
                latencies.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN) * 1000));
        double[] all = java.util.stream.Stream.concat(latencies.stream(), masked.stream()).mapToDouble(Double::doubleValue).toArray();
        report.append(String.format(Locale.ROOT, "with the inhales under speech, over %d onsets: median %.0f ms, p95 %.0f ms%n",
                all.length, p.evaluate(all, 50) * 1000, p.evaluate(all, 95) * 1000));
        report.append(String.format(Locale.ROOT, "wall clock: from starting paplay to reading listen's \"resumed\" line"
                        + " (less the recording's leading silence) %s ms (an upper bound of the capture path's delay, paplay's start-up included);"
                        + " events arrived at most %.0f ms (p95 per fixture) later than the promptest one, relative to"
                        + " their stream time%n",
                firstSound.stream().map(v -> String.format(Locale.ROOT, "%.0f", v * 1000)).toList(),
                delivery.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN) * 1000));
        System.out.print(report);
        Files.writeString(Path.of("target", "microphone-end-to-end.txt"), report);
        assertThat(failures).as(report.toString()).isEmpty();
        assertThat(l.length).isGreaterThanOrEqualTo(20);
        // The targets. Seven runs of this test on 2026-11-25 printed medians of 218-228 ms and
        // p95 of 290-344 ms (docs/performance.md): both hold with some margin.
        assertThat(p.evaluate(l, 50)).as("median latency, s").isLessThanOrEqualTo(0.25);
        assertThat(p.evaluate(l, 95)).as("p95 latency, s").isLessThanOrEqualTo(0.4);
    }

    @Test
    void devicesListsTheVirtualMicrophoneAndListenOpensItByNumber() throws Exception {
        Child devices = child("devices");
        assertThat(devices.exitCode()).isZero();
        assertThat(devices.out()).contains("0  ").contains("44100 Hz mono").contains("Use one with");
        // the sink plays nothing: listen opens device 0, hears exact zeros, says so, and stops at --seconds
        Child listen = child("listen", "--device", "0", "--seconds", "2.5");
        assertThat(listen.exitCode()).as(listen.err()).isZero();
        List<String> statuses = listen.out().lines().filter(l -> l.contains("\"status\""))
                .map(l -> l.replaceAll(".*\"status\":\"([a-z_]+)\".*", "$1")).toList();
        assertThat(statuses).startsWith("started").contains("muted");
        assertThat(listen.out()).contains("\"message\":\"default [default], 44100 Hz mono\""); // the device's own name
    }

    /**
     * The check-in ({@code listen --calibrate}) through the same capture line: a recording of the
     * calm fixture after 6 s of its own room noise is played while the check-in runs its default
     * stages (5 s of room, 30 s of breathing); then the same recording 40 dB quieter, with short
     * stages (3 s and 10 s), which must bring advice. Playback starts as soon as the check-in
     * reports its first second of room, so the room stage holds a fraction of a second of the
     * silent sink before the recording's room noise.
     */
    @Test
    void theCheckInHearsTheRoomAndTheBreathingThroughARealCaptureLine() throws Exception {
        float[] good = CalibrationTest.withRoomLead(CalibrationTest.CALM, 6, 1);
        Path goodWav = dir.resolve("check-in-good.wav");
        org.breathpace.fixtures.WavWriter.write(goodWav, 16000, 1, good);
        double truth = CalibrationTest.truthRate(CalibrationTest.CALM);
        double room = CalibrationTest.rmsDb(good, 0, 6 * 16000);
        JsonNode r = checkIn(goodWav, 5, 30);
        String seen = r.toString();
        System.out.printf(Locale.ROOT, "check-in, calm-12bpm after 6 s of its room: %s (true rate %.2f, room %.1f dBFS)%n",
                seen, truth, room);
        assertThat(r.get("resting_breaths_per_min").asDouble()).as(seen).isCloseTo(truth, org.assertj.core.data.Offset.offset(1.0));
        assertThat(r.get("noise_floor_db").asDouble()).as(seen).isCloseTo(room, org.assertj.core.data.Offset.offset(3.0));
        assertThat(r.get("snr_db").asDouble()).as(seen).isGreaterThan(15);
        assertThat(r.get("breathing_s").asDouble()).as(seen).isCloseTo(30, org.assertj.core.data.Offset.offset(0.5));
        assertThat(r.get("advice")).as(seen).isEmpty();

        float[] quiet = CalibrationTest.withRoomLead(CalibrationTest.CALM, 6, 1 / 100f);
        Path quietWav = dir.resolve("check-in-quiet.wav");
        org.breathpace.fixtures.WavWriter.write(quietWav, 16000, 1, quiet);
        JsonNode q = checkIn(quietWav, 3, 10);
        String heard = q.toString();
        System.out.printf(Locale.ROOT, "check-in, the same 40 dB quieter: %s (room %.1f dBFS)%n", heard,
                CalibrationTest.rmsDb(quiet, 0, 6 * 16000));
        assertThat(q.get("breath_level_db").asDouble()).as(heard).isLessThan(Calibration.QUIET_BREATH_DB);
        assertThat(q.get("advice").toString()).as(heard).contains("closer").contains("gain");
    }

    /** Runs {@code listen --calibrate} while {@code wav} plays into the virtual microphone; returns its result line. */
    private JsonNode checkIn(Path wav, double roomS, double breathingS) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", classPath(), "org.breathpace.Main", "listen", "--calibrate",
                "--format", "jsonl", "--room-seconds", String.valueOf(roomS), "--breathing-seconds", String.valueOf(breathingS));
        Path err = Files.createTempFile(dir, "check-in", ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
        pb.environment().putAll(mic.environment());
        Process listen = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(listen.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the child ended
            }
        }, "check-in-output");
        reader.start();
        Process play = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (lines.stream().noneMatch(l -> l.contains("\"calibration_progress\""))) {
                if (System.nanoTime() > deadline || !listen.isAlive()) {
                    fail("the check-in did not start; output: " + lines + ", errors: " + Files.readString(err));
                }
                Thread.sleep(10);
            }
            play = mic.play(wav.toAbsolutePath());
            assertThat(listen.waitFor((long) (roomS + breathingS) + 20, TimeUnit.SECONDS))
                    .as("the check-in ended by itself; output: " + lines).isTrue();
            assertThat(listen.exitValue()).as(Files.readString(err)).isZero();
        } finally {
            if (play != null) {
                play.destroy();
                play.waitFor(5, TimeUnit.SECONDS);
            }
            listen.destroy();
            reader.join(5000);
        }
        Files.createDirectories(Path.of("target", "microphone-end-to-end"));
        Files.write(Path.of("target", "microphone-end-to-end", wav.getFileName().toString().replace(".wav", ".jsonl")), lines);
        ObjectMapper m = new ObjectMapper();
        for (String line : lines) {
            JsonNode e = m.readTree(line);
            if (e.get("type").asText().equals("calibration")) {
                return e;
            }
        }
        return fail("no calibration result in " + lines);
    }

    /** What a short child run printed. */
    record Child(int exitCode, String out, String err) { }

    private Child child(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", classPath(), "org.breathpace.Main"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "child", ".out");
        Path err = Files.createTempFile(dir, "child", ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(mic.environment());
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("breathpace " + String.join(" ", args) + " did not end within 30 s");
        }
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Everything one capture of one played fixture gave. */
    record Run(double trueRate, Double rate, List<OnsetScore.Onset> truth, List<OnsetScore.Onset> detected,
               List<double[]> emitted) { }

    private Run capture(String name) throws Exception {
        Path wav = Path.of("audio-fixtures", name + ".wav");
        JsonNode truthJson = new ObjectMapper().readTree(Path.of("audio-fixtures", name + ".json").toFile());
        double duration = truthJson.get("durationS").asDouble();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", classPath(), "org.breathpace.Main", "listen", "--format", "jsonl");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(dir.resolve(name + ".listen.err").toFile());
        pb.environment().putAll(mic.environment());
        Process listen = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        long[] playedAt = {0};
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(listen.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    arrivals.add(System.nanoTime());
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the child ended
            }
        }, "listen-output");
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (lines.stream().noneMatch(s -> s.contains("\"muted\""))) {
                if (System.nanoTime() > deadline || !listen.isAlive()) {
                    fail("listen did not report the silent virtual microphone as muted; output: " + lines
                            + ", errors: " + Files.readString(dir.resolve(name + ".listen.err")));
                }
                Thread.sleep(20);
            }
            playedAt[0] = System.nanoTime();
            Process play = mic.play(wav.toAbsolutePath());
            assertThat(play.waitFor((long) duration + 20, TimeUnit.SECONDS)).as("paplay finished").isTrue();
            assertThat(play.exitValue()).as("paplay exit code").isZero();
            Thread.sleep(1500); // let the last phase end be decided
        } finally {
            listen.destroy();
            if (!listen.waitFor(10, TimeUnit.SECONDS)) {
                listen.destroyForcibly();
            }
            reader.join(5000);
        }
        Files.createDirectories(Path.of("target", "microphone-end-to-end"));
        Files.write(Path.of("target", "microphone-end-to-end", name + ".jsonl"), lines);
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (String s : lines) {
            events.add(m.readTree(s));
        }
        double t0 = Double.NaN;
        for (JsonNode e : events) {
            if (Double.isNaN(t0) && e.get("type").asText().equals("status") && e.get("status").asText().equals("resumed")) {
                Matcher since = Pattern.compile("since ([0-9.]+) s").matcher(e.get("message").asText());
                assertThat(since.find()).as("resumed says since when: " + e).isTrue();
                t0 = Double.parseDouble(since.group(1)) - firstSoundS(wav);
            }
        }
        assertThat(t0).as("the start of playback was seen (a resumed status) in " + lines).isNotNaN();
        List<OnsetScore.Onset> truth = new ArrayList<>();
        for (JsonNode ph : truthJson.get("phases")) {
            truth.add(new OnsetScore.Onset(ph.get("startS").asDouble(), ph.get("endS").asDouble(),
                    ph.get("phase").asText(), ph.get("audible").asBoolean()));
        }
        // Wall-clock arrival of each line minus its stream time: constant if the capture buffer never
        // held samples back; its spread is what the line's buffering adds on top of emitted_s.
        // ("started" is left out: it is printed when the line opens, before its first samples arrive.)
        double[] lag = new double[events.size() - 1];
        for (int i = 1; i < events.size(); i++) {
            lag[i - 1] = arrivals.get(i) / 1e9 - events.get(i).get("emitted_s").asDouble();
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).path("status").asText().equals("resumed")) {
                firstSound.add((arrivals.get(i) - playedAt[0]) / 1e9 - firstSoundS(wav));
                break;
            }
        }
        double lowest = java.util.Arrays.stream(lag).min().orElse(0);
        for (int i = 0; i < lag.length; i++) {
            lag[i] -= lowest;
        }
        delivery.add(new Percentile().evaluate(lag, 95));
        List<OnsetScore.Onset> detected = new ArrayList<>();
        List<double[]> emitted = new ArrayList<>();
        Double heardRate = null;
        for (JsonNode e : events) {
            switch (e.get("type").asText()) {
                case "phase" -> {
                    double start = e.get("start_s").asDouble() - t0;
                    detected.add(new OnsetScore.Onset(start, start + 1, e.get("phase").asText(), true));
                    emitted.add(new double[] {start, e.get("emitted_s").asDouble() - t0});
                }
                case "rate" -> heardRate = e.get("breaths_per_min").asDouble();
                default -> { }
            }
        }
        return new Run(truthJson.get("breathsPerMin").asDouble(), heardRate, truth, detected, emitted);
    }

    /** Time of the first sample that is not exactly zero in {@code wav}, seconds. */
    private static double firstSoundS(Path wav) throws AudioInputException {
        WavFileSource file = WavFileSource.open(wav);
        long[] seen = {0};
        long[] first = {-1};
        file.stream(WavFileSource.DEFAULT_BLOCK, (samples, length) -> {
            for (int i = 0; i < length && first[0] < 0; i++) {
                if (samples[i] != 0f) {
                    first[0] = seen[0] + i;
                }
            }
            seen[0] += length;
        });
        return Math.max(0, first[0]) / (double) file.sampleRate();
    }

    /** For each audible true onset, the time from it to the emission of the detected onset nearest it. */
    private static List<Double> latencies(Run run) {
        List<Double> out = new ArrayList<>();
        for (OnsetScore.Onset t : run.truth()) {
            if (!t.audible()) {
                continue;
            }
            double[] best = null;
            for (double[] d : run.emitted()) {
                if (Math.abs(d[0] - t.timeS()) <= TOLERANCE_S && (best == null || Math.abs(d[0] - t.timeS()) < Math.abs(best[0] - t.timeS()))) {
                    best = d;
                }
            }
            if (best != null) {
                out.add(best[1] - t.timeS());
            }
        }
        return out;
    }

    private static double median(List<Double> v) {
        return v.isEmpty() ? Double.NaN : new Percentile().evaluate(v.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    private static String classPath() {
        String cp = System.getProperty("java.class.path");
        return cp == null ? "target" + File.separator + "classes" : cp;
    }
}
