package org.breathpace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    static final Path CALM = Path.of("audio-fixtures", "calm-12bpm.wav");

    @TempDir
    Path dir;

    @Test
    void jsonLinesHaveTheContractShape() throws IOException {
        CliRun run = CliRun.of("analyze", CALM.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode o = new ObjectMapper().readTree(lines.get(0));
        assertThat(fieldNames(o)).containsExactly("file", "duration_s", "sample_rate", "breaths_per_min", "phases",
                "cycles", "quality");
        assertThat(o.get("file").asText()).isEqualTo(CALM.toString());
        assertThat(o.get("duration_s").asDouble()).isEqualTo(30.0);
        assertThat(o.get("sample_rate").asInt()).isEqualTo(16000);
        assertThat(o.get("breaths_per_min").asDouble()).isBetween(11.5, 12.3);
        JsonNode phase = o.get("phases").get(0);
        assertThat(fieldNames(phase)).containsExactly("phase", "start_s", "end_s");
        assertThat(phase.get("phase").asText()).isIn("inhale", "exhale");
        JsonNode cycle = o.get("cycles").get(0);
        assertThat(fieldNames(cycle)).containsExactly("start_s", "inhale_s", "exhale_s", "period_s");
        assertThat(fieldNames(o.get("quality"))).containsExactly("snr_db", "clipped_fraction", "warnings");
        assertThat(o.get("quality").get("warnings").isArray()).isTrue();
    }

    @Test
    void aRecordingTooShortForTwoCyclesHasANullRate() throws IOException {
        Path shortFile = dir.resolve("short.wav");
        copyFirstSeconds(CALM, shortFile, 6);
        CliRun run = CliRun.of("analyze", shortFile.toString());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertThat(o.get("breaths_per_min").isNull()).isTrue();
    }

    @Test
    void csvHasAHeaderAndOneRowPerPhase() {
        CliRun run = CliRun.of("analyze", "--format", "csv", CALM.toString());
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("file,phase,start_s,end_s");
        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(lines.get(1)).matches(".*calm-12bpm.wav,(inhale|exhale),\\d+\\.\\d\\d,\\d+\\.\\d\\d");
    }

    @Test
    void textIsATableAndASummary() {
        CliRun run = CliRun.of("analyze", "--format", "text", CALM.toString());
        assertThat(run.out()).contains("phase    start     end   length").contains("breaths/min over");
    }

    @Test
    void textSaysWhenBreathsCameTooFastForARate() throws IOException {
        // Fast panting at 45 breaths/min, over the 3–30 a minute the rate is measured for.
        org.breathpace.fixtures.Truth truth = org.breathpace.fixtures.FixtureGenerator.write(
                org.breathpace.fixtures.FixtureSpec.basic("panting-45bpm", 45).withDuration(30), dir);
        CliRun run = CliRun.of("analyze", "--format", "text", dir.resolve(truth.file()).toString());
        assertThat(run.exitCode()).isZero();
        String summary = run.out().lines().filter(l -> l.contains(" phases, ")).findFirst().orElseThrow();
        assertThat(summary).contains("breaths came faster than 37 a minute and are not in it")
                .doesNotContain("fewer than two");
    }

    @Test
    void withoutARateTheSummarySaysWhetherBreathsCameTooFastOrTooFew() {
        List<org.breathpace.breath.PhaseEnded> panting = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double t = i * 1.2; // 50 a minute
            panting.add(new org.breathpace.breath.PhaseEnded(org.breathpace.breath.Phase.INHALE, t, t + 0.4, t + 0.8));
            panting.add(new org.breathpace.breath.PhaseEnded(org.breathpace.breath.Phase.EXHALE, t + 0.5, t + 1.0, t + 1.4));
        }
        org.breathpace.breath.SummaryCollector collector = new org.breathpace.breath.SummaryCollector();
        panting.forEach(collector::onPhaseEnded);
        org.breathpace.breath.BreathSummary fast = collector.summary(13, 16000);
        assertThat(fast.breathsPerMin()).isNull();
        assertThat(AnalyzeCommand.rateWords(fast)).isEqualTo("breaths came faster than 37 a minute: no rate given");

        org.breathpace.breath.BreathSummary one = new org.breathpace.breath.BreathSummary(10, 16000, null,
                List.of(panting.get(0), panting.get(1)), List.of(), null);
        assertThat(AnalyzeCommand.rateWords(one)).isEqualTo("no rate (fewer than two full breaths heard)");
    }

    @Test
    void textSaysSoWhenTooFewBreathsWereHeard() throws IOException {
        org.breathpace.fixtures.Truth truth = org.breathpace.fixtures.FixtureGenerator.write(
                org.breathpace.fixtures.FixtureSpec.basic("two-breaths", 6).withDuration(12), dir);
        CliRun run = CliRun.of("analyze", "--format", "text", dir.resolve(truth.file()).toString());
        assertThat(run.out()).contains("no rate (fewer than two full breaths heard)");
    }

    @Test
    void everyBadInputGetsOneSentenceAndTheOthersAreStillAnalysed() throws IOException {
        Path missing = dir.resolve("missing.wav");
        Path empty = Files.createFile(dir.resolve("empty.wav"));
        Path text = Files.writeString(dir.resolve("notes.wav"), "these are not samples, just words in a file");
        Path truncated = dir.resolve("truncated.wav");
        byte[] calm = Files.readAllBytes(CALM);
        Files.write(truncated, Arrays.copyOf(calm, 5000));
        Path headerOnly = dir.resolve("header-only.wav");
        Files.write(headerOnly, Arrays.copyOf(calm, 20));
        Path float32 = wav(dir.resolve("float.wav"), 3, 1, 16000, 32);
        Path bits24 = wav(dir.resolve("24bit.wav"), 1, 1, 16000, 24);
        Path bits8 = wav(dir.resolve("8bit.wav"), 1, 1, 16000, 8);
        Path fast = wav(dir.resolve("96k.wav"), 1, 1, 96000, 16);
        List<Path> bad = List.of(missing, dir, empty, text, truncated, headerOnly, float32, bits24, bits8, fast);
        String[] args = new String[bad.size() + 2];
        args[0] = "analyze";
        for (int i = 0; i < bad.size(); i++) {
            args[i + 1] = bad.get(i).toString();
        }
        args[args.length - 1] = CALM.toString();
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out().lines().toList()).hasSize(1).allMatch(l -> l.contains("calm-12bpm.wav"));
        List<String> errors = run.err().lines().toList();
        assertThat(errors).hasSize(bad.size());
        for (int i = 0; i < bad.size(); i++) {
            assertThat(errors.get(i)).as("one sentence naming the file").startsWith(bad.get(i).toString())
                    .endsWith(".").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(errors.get(0)).contains("does not exist");
        assertThat(errors.get(1)).contains("is a directory");
        assertThat(errors.get(2)).contains("empty");
        assertThat(errors.get(3)).contains("not a WAV file");
        assertThat(errors.get(4)).contains("truncated");
        assertThat(errors.get(5)).contains("truncated");
        assertThat(errors.get(6)).contains("32-bit float").contains("sox");
        assertThat(errors.get(7)).contains("24-bit");
        assertThat(errors.get(8)).contains("8-bit");
        assertThat(errors.get(9)).contains("96000 Hz");
    }

    @Test
    void noFileIsAUsageErrorNotAStackTrace() {
        CliRun run = CliRun.of("analyze");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("FILE").doesNotContain("Exception");
    }

    private static Set<String> fieldNames(JsonNode o) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A short WAV of silence in any format code / bit depth. */
    static Path wav(Path file, int format, int channels, int rate, int bits) throws IOException {
        int dataBytes = rate / 10 * channels * bits / 8;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) format).putShort((short) channels).putInt(rate).putInt(rate * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits).put("data".getBytes()).putInt(dataBytes);
        return Files.write(file, b.array());
    }

    static void copyFirstSeconds(Path wav, Path out, double seconds) throws IOException {
        byte[] all = Files.readAllBytes(wav);
        int bytes = (int) (seconds * 16000 * 2);
        ByteBuffer b = ByteBuffer.wrap(Arrays.copyOf(all, 44 + bytes)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(4, 36 + bytes).putInt(40, bytes);
        Files.write(out, b.array());
    }
}
