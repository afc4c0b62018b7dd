package org.breathpace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenCommandTest {

    @Test
    void replayedRecordingPrintsTheLiveEventShapes() throws Exception {
        CliRun run = CliRun.of("listen", "--input", "audio-fixtures/calm-12bpm.wav", "--speed", "50");
        assertThat(run.exitCode()).isZero();
        List<JsonNode> events = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            events.add(new ObjectMapper().readTree(line));
        }
        assertThat(events.get(0).get("type").asText()).isEqualTo("status");
        assertThat(events.get(0).get("status").asText()).isEqualTo("started");
        assertThat(events.get(events.size() - 1).get("status").asText()).isEqualTo("stopped");
        double previous = 0;
        for (JsonNode e : events) {
            assertThat(e.has("emitted_s")).isTrue();
            assertThat(e.get("emitted_s").asDouble()).as("stream order").isGreaterThanOrEqualTo(previous - 0.5);
            previous = e.get("emitted_s").asDouble();
            switch (e.get("type").asText()) {
                case "phase" -> assertThat(e.get("emitted_s").asDouble() - e.get("start_s").asDouble()).isBetween(0.0, 0.4);
                case "phase_end" -> assertThat(e.get("end_s").asDouble()).isGreaterThan(e.get("start_s").asDouble());
                case "rate" -> assertThat(e.get("breaths_per_min").asDouble()).isBetween(10.0, 14.0);
                case "quality" -> assertThat(e.has("warnings")).isTrue();
                case "status" -> assertThat(e.get("message").asText()).isNotBlank();
                default -> throw new AssertionError("unknown event type " + e);
            }
        }
        assertThat(events.stream().filter(e -> e.get("type").asText().equals("phase")).count()).isEqualTo(10);
        assertThat(events.stream().filter(e -> e.get("type").asText().equals("rate")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSilentStretchAndTheSoundAfterItSayWhenEachBegan(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        float[] x = new float[16000 * 4];
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 43210; i < x.length; i++) { // sound from 2.700625 s, inside a replay block
            x[i] = (float) (0.01 * rnd.nextGaussian());
        }
        java.nio.file.Path wav = dir.resolve("late.wav");
        org.breathpace.fixtures.WavWriter.write(wav, 16000, 1, x);
        CliRun run = CliRun.of("listen", "--input", wav.toString(), "--speed", "50");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> statuses = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            JsonNode e = new ObjectMapper().readTree(line);
            if (e.get("type").asText().equals("status")) {
                statuses.add(e);
            }
        }
        JsonNode muted = statuses.stream().filter(e -> e.get("status").asText().equals("muted")).findFirst().orElseThrow();
        JsonNode resumed = statuses.stream().filter(e -> e.get("status").asText().equals("resumed")).findFirst().orElseThrow();
        assertThat(muted.get("emitted_s").asDouble()).isBetween(2.0, 2.2);
        assertThat(resumed.get("message").asText()).as("the first sample that is not zero")
                .isEqualTo("Sound is coming in again (since 2.701 s).");
        assertThat(resumed.get("emitted_s").asDouble()).isGreaterThanOrEqualTo(2.70);
        for (JsonNode s : statuses) {
            // the design's status shape exactly: no other fields
            List<String> fields = new ArrayList<>();
            s.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("type", "status", "message", "emitted_s");
        }
    }

    @Test
    void secondsLimitsTheStreamTime() throws Exception {
        CliRun run = CliRun.of("listen", "--input", "audio-fixtures/calm-12bpm.wav", "--speed", "50", "--seconds", "5");
        for (String line : run.out().lines().toList()) {
            assertThat(new ObjectMapper().readTree(line).get("emitted_s").asDouble()).isLessThanOrEqualTo(5.0);
        }
    }

    @Test
    void badInputIsOneSentence() {
        CliRun run = CliRun.of("listen", "--input", "no-such-file.wav");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("no-such-file.wav does not exist: check the path and the spelling.");
        CliRun both = CliRun.of("listen", "--input", "a.wav", "--device", "x");
        assertThat(both.err()).contains("not both");
    }

    @Test
    void devicesSaysPlainlyWhatItFinds() {
        CliRun run = CliRun.of("devices");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).satisfiesAnyOf(
                o -> assertThat(o).contains("No microphone found"),
                o -> assertThat(o).contains("Use one with"));
    }

    @Test
    void calibrateChecksInOnAReplayedRecording() throws Exception {
        // the exhale-only fixture is quiet for its first 3 s (its inhales are silent): that is the room
        CliRun run = CliRun.of("listen", "--calibrate", "--input", "audio-fixtures/exhale-only-15bpm-8k.wav",
                "--room-seconds", "3", "--breathing-seconds", "27", "--speed", "50");
        assertThat(run.exitCode()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            lines.add(new ObjectMapper().readTree(line));
        }
        List<String> countdown = lines.stream().filter(e -> e.get("type").asText().equals("calibration_progress"))
                .map(e -> e.get("stage").asText() + e.get("seconds_left").asInt()).toList();
        assertThat(countdown).hasSize(3 + 27 + 1).startsWith("room3", "room2", "room1", "breathing27").endsWith("done0");
        JsonNode result = lines.get(lines.size() - 1);
        assertThat(result.get("type").asText()).isEqualTo("calibration");
        double truth = new ObjectMapper().readTree(new java.io.File("audio-fixtures/exhale-only-15bpm-8k.json"))
                .get("breathsPerMin").asDouble();
        assertThat(result.get("resting_breaths_per_min").asDouble()).isCloseTo(truth, org.assertj.core.api.Assertions.within(1.0));
        assertThat(result.get("snr_db").asDouble()).as("the fixture was made at 20 dB").isBetween(15.0, 25.0);
        assertThat(result.get("noise_floor_db").asDouble()).isLessThan(result.get("breath_level_db").asDouble() - 15);
        assertThat(result.get("advice")).isEmpty();

        CliRun text = CliRun.of("listen", "--calibrate", "--format", "text", "--input", "audio-fixtures/exhale-only-15bpm-8k.wav",
                "--room-seconds", "3", "--breathing-seconds", "27", "--speed", "50");
        assertThat(text.out()).contains("Sit quietly", "Now breathe normally", "Resting rate: 15.",
                "The microphone hears your breathing well.");
    }

    @Test
    void calibrateRefusesStagesOutOfRangeInOneSentence() {
        CliRun run = CliRun.of("listen", "--calibrate", "--input", "audio-fixtures/calm-12bpm.wav", "--room-seconds", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("--room-seconds must be 1 to 30 and --breathing-seconds 10 to 120, not 0.0 and 30.0.");
    }

    @Test
    void theTextLineShowsALevelBar() {
        assertThat(ListenCommand.TextLine.bar(-120)).isEqualTo("level [            ]");
        assertThat(ListenCommand.TextLine.bar(-36)).isEqualTo("level [||||||      ]");
        assertThat(ListenCommand.TextLine.bar(0)).isEqualTo("level [||||||||||||]");
        ListenCommand.TextLine line = new ListenCommand.TextLine();
        assertThat(line.level(-30, 4.2)).contains("4.2 s").contains("level [|||||||     ]");
        CliRun run = CliRun.of("listen", "--format", "text", "--input", "audio-fixtures/calm-12bpm.wav", "--speed", "50");
        assertThat(run.out()).contains("inhale").contains("exhale").contains("breaths/min").contains("The recording has ended.");
    }
}
