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
}
